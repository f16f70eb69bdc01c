package dev.camelslng.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelslng.component.protocol.BatchTranscription;
import dev.camelslng.sandbox.http.RecordedRequest;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTranscriptionTest extends SlngTestSupport {

    @TempDir
    Path folder;

    @Test
    void submitsPollsAndFetchesTheTranscript() throws Exception {
        Path recording = Files.write(folder.resolve("long-call.wav"), speech("a long recording of a meeting"));

        Exchange exchange = send("slng:batch-stt", recording);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("a long recording of a meeting");
        assertThat(exchange.getMessage().getHeader(SlngConstants.BATCH_STATUS)).isEqualTo("DONE");
        String jobId = exchange.getMessage().getHeader(SlngConstants.BATCH_JOB_ID, String.class);
        RecordedRequest submit = sandbox().requests().all().get(0);
        assertThat(submit.path()).isEqualTo("/v1/batch/jobs");
        assertThat(submit.audioFileName()).isEqualTo("long-call.wav");
        assertThat(submit.formAttributes()).containsEntry("transcription_config", "{\"language\":\"en\"}")
                .containsEntry("model_code", "slng/speechmatics/batch:15.0.0");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_STATUS)).isEqualTo(3);
        RecordedRequest download = sandbox().requests().last();
        assertThat(download.route()).isEqualTo(SandboxRoute.BATCH_DOWNLOAD);
        assertThat(download.path()).contains(jobId);
        assertThat(download.authenticated()).isFalse();
    }

    @Test
    void everyBodyTypeAndTheResponseObject() throws Exception {
        File file = Files.write(folder.resolve("file.wav"), speech("a file in batch")).toFile();
        assertThat(template.requestBody("slng:batch-stt", file, String.class)).isEqualTo("a file in batch");
        assertThat(template.requestBody("slng:batch-stt", speech("bytes in batch"), String.class))
                .isEqualTo("bytes in batch");
        assertThat(template.requestBody("slng:batch-stt", new ByteArrayInputStream(speech("a stream in batch")),
                String.class)).isEqualTo("a stream in batch");

        BatchTranscription result = template.requestBodyAndHeader("slng:batch-stt", speech("as an object"),
                SlngConstants.OUTPUT_TYPE, "response", BatchTranscription.class);
        assertThat(result.transcript()).isEqualTo("as an object");
        assertThat(result.job().path("status").asText()).isEqualTo("DONE");
        assertThat(result.files().path("outputs")).isNotEmpty();
    }

    @Test
    void transcribesGenericFilesFromTheFileComponent() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + folder.resolve("inbox") + "?initialDelay=0&delay=20").to("slng:batch-stt").to("mock:batch");
            }
        });
        MockEndpoint transcripts = getMockEndpoint("mock:batch");
        transcripts.expectedBodiesReceived("picked up by the file component");

        Files.createDirectories(folder.resolve("inbox"));
        Files.write(folder.resolve("inbox/pickup.wav"), speech("picked up by the file component"));

        transcripts.assertIsSatisfied();
        assertThat(sandbox().requests().on(SandboxRoute.BATCH_SUBMIT).get(0).audioFileName()).isEqualTo("pickup.wav");
    }

    @Test
    void transcriptionConfigIsSentAsGiven() {
        template.requestBodyAndHeader("slng:batch-stt?transcriptionConfig=RAW({\"language\":\"en\"})", speech("enhanced"),
                SlngConstants.TRANSCRIPTION_CONFIG, "{\"language\":\"de\",\"operating_point\":\"enhanced\"}", String.class);

        assertThat(sandbox().requests().all().get(0).formAttributes())
                .containsEntry("transcription_config", "{\"language\":\"de\",\"operating_point\":\"enhanced\"}");
    }

    @Test
    void badTranscriptionConfigIsRefusedBeforeSending() {
        Exchange exchange = send("slng:batch-stt?transcriptionConfig=language=en", speech("x"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("transcriptionConfig must be a JSON object");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void aFailedJobFailsTheExchangeWithTheReason() {
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_STATUS).jobFails("Audio could not be decoded").times(1));

        Exchange exchange = send("slng:batch-stt", speech("doomed"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageMatching("Batch job \\w+ ended FAILED: Audio could not be decoded");
    }

    @Test
    void aJobThatTakesTooLongTimesOut() {
        Exchange exchange = send("slng:batch-stt?batchTimeout=1000&batchPollInterval=2000&batchMaxPollInterval=2000",
                speech("slow"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("would not finish within batchTimeout=1000 ms").hasMessageContaining("left running");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_STATUS)).isZero();
    }

    @Test
    void aRetriedSubmitKeepsItsJobIdSoSlngCannotRunItTwice() {
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_SUBMIT).status(503).times(1));

        Exchange exchange = send("slng:batch-stt", speech("submitted twice"));

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("submitted twice");
        var submits = sandbox().requests().on(SandboxRoute.BATCH_SUBMIT);
        assertThat(submits).hasSize(2);
        assertThat(submits.get(0).formAttributes().get("job_id")).matches("[a-f0-9]{32}")
                .isEqualTo(submits.get(1).formAttributes().get("job_id"))
                .isEqualTo(exchange.getMessage().getHeader(SlngConstants.BATCH_JOB_ID));
    }

    @Test
    void pollsAreRetriedOnServerErrors() {
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_STATUS).status(502).times(1));

        assertThat(template.requestBody("slng:batch-stt", speech("despite a hiccup"), String.class))
                .isEqualTo("despite a hiccup");
    }

    @Test
    void aConflictOnSubmitIsTrustedOnlyOnceTheJobIsFound() {
        // The first submit creates the job but its answer is lost; the retry gets 409 and the job is then looked up.
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_SUBMIT).status(503).afterServing().times(1));

        Exchange exchange = send("slng:batch-stt", speech("created once"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("created once");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_SUBMIT)).isEqualTo(2);
        assertThat(sandbox().requests().on(SandboxRoute.BATCH_SUBMIT)).extracting(r -> r.formAttributes().get("job_id"))
                .containsOnly(exchange.getMessage().getHeader(SlngConstants.BATCH_JOB_ID, String.class));
    }

    @Test
    void aSubmitLostAfterItWasSentIsRetriedSinceItsJobIdPreventsATwin() {
        // Unlike a tts or stt POST, retried without requestSentRetryEnabled: the retry gets 409 and finds the job.
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_SUBMIT).closeConnection().afterServing().times(1));

        Exchange exchange = send("slng:batch-stt", speech("sent twice, run once"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("sent twice, run once");
        assertThat(sandbox().requests().on(SandboxRoute.BATCH_SUBMIT)).hasSize(2)
                .extracting(r -> r.formAttributes().get("job_id"))
                .containsOnly(exchange.getMessage().getHeader(SlngConstants.BATCH_JOB_ID, String.class));
    }

    @Test
    void aConflictForAJobThatCannotBeFoundFails() {
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_SUBMIT).status(409).body("{\"error\":\"Job already exists\"}")
                .times(1));

        Exchange exchange = send("slng:batch-stt", speech("never created"));

        assertThat(exchange.getException()).isInstanceOf(SlngApiException.class)
                .hasMessageContaining("HTTP 409").hasMessageContaining("could not be found afterwards");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_STATUS)).isEqualTo(1);
    }

    @Test
    void aJobDoneJustBeforeItsTimeLimitIsStillFetched() {
        // Polls are 3 s apart and the job is done at the third; a third full interval (9 s) would end past the last poll
        // time (a second before batchTimeout, 8 s), so the last poll comes early instead of being skipped. The second poll
        // has 2 s to spare on a busy machine.
        Exchange exchange = send("slng:batch-stt?batchTimeout=9000&batchPollInterval=3000&batchMaxPollInterval=3000",
                speech("just in time"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("just in time");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_STATUS)).isEqualTo(3);
    }
}
