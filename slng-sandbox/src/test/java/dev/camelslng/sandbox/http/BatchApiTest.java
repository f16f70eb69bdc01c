package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.batch.DuplicateJobId;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BatchApiTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final String CONFIG = "{\"language\":\"en\",\"operating_point\":\"enhanced\"}";

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void submitsPollsAndDownloadsResults() throws Exception {
        HttpResponse<byte[]> submitted = submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "job42")
                .field("metadata", "{\"ticket\":7}").file("file", "call.wav", "audio/wav", audio("hello batch world")));
        assertThat(submitted.statusCode()).isEqualTo(202);
        assertThat(SandboxClient.json(submitted).toString()).isEqualTo("{\"job_id\":\"job42\",\"status\":\"QUEUED\"}");

        assertThat(client.get("/v1/batch/jobs/job42/files").statusCode()).isEqualTo(409);
        assertThat(status("job42").path("status").asText()).isEqualTo("QUEUED");
        assertThat(status("job42").path("status").asText()).isEqualTo("IN_PROGRESS");
        JsonNode done = status("job42");
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("model_code").asText()).isEqualTo("slng/speechmatics/batch:15.0.0");
        assertThat(done.path("job_config").path("transcription_config").path("operating_point").asText()).isEqualTo("enhanced");
        assertThat(done.path("input_metadata").path("format").asText()).isEqualTo("wav");
        assertThat(done.path("input_metadata").path("source").asText()).isEqualTo("upload");
        assertThat(done.path("completed_at").asText()).isNotBlank();

        JsonNode files = SandboxClient.json(client.get("/v1/batch/jobs/job42/files"));
        assertThat(files.path("outputs")).hasSize(2);
        String txtUrl = files.path("outputs").path(0).path("download_url").asText();
        String jsonUrl = files.path("outputs").path(1).path("download_url").asText();
        assertThat(txtUrl).startsWith(SANDBOX.baseUrl() + "/_sandbox/downloads/job42.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&")
                .containsPattern("&X-Amz-Credential=SANDBOXKEYID%2F\\d{8}%2Feu-north-1%2Fs3%2Faws4_request&")
                .containsPattern("&X-Amz-Date=\\d{8}T\\d{6}Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$");

        HttpResponse<byte[]> txt = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl)).build());
        assertThat(txt.statusCode()).isEqualTo(200);
        assertThat(new String(txt.body(), StandardCharsets.UTF_8)).isEqualTo("hello batch world");
        JsonNode json = SandboxClient.json(SandboxClient.send(HttpRequest.newBuilder(URI.create(jsonUrl)).build()));
        assertThat(json.path("results")).hasSize(3);
        assertThat(json.path("results").path(1).path("alternatives").path(0).path("content").asText()).isEqualTo("batch");
        assertThat(json.path("results").path(0).path("start_time").asDouble()).isEqualTo(0.1);

        HttpResponse<byte[]> withAuth = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl))
                .header("Authorization", "Bearer " + SANDBOX.apiKey()).build());
        assertThat(withAuth.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.json(withAuth).path("error").asText()).isEqualTo("Only one auth mechanism allowed");
        HttpResponse<byte[]> unsigned = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl.replaceAll("\\?.*", ""))).build());
        assertThat(unsigned.statusCode()).isEqualTo(403);
    }

    @Test
    void keepsRawUtf8FileNamesIntact() throws Exception {
        String name = "r\u00e9union-\u65e5\u672c.wav";
        submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "utf8")
                .file("file", name, "audio/wav", audio("named")));

        assertThat(SANDBOX.sandbox().requests().last().audioFileName()).isEqualTo(name);
        for (int poll = 0; poll < 3; poll++) {
            status("utf8");
        }
        assertThat(SandboxClient.json(client.get("/v1/batch/jobs/utf8/files")).path("inputs").path(0).path("key").asText())
                .isEqualTo("jobs/utf8/input/" + name);
    }

    @Test
    void failsJobsOnDemand() throws Exception {
        submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "doomed")
                .file("file", "a.wav", "audio/wav", audio("x")));
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.BATCH_STATUS).jobFails("Audio could not be decoded").times(1));

        status("doomed");
        status("doomed");
        JsonNode failed = status("doomed");

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error_message").asText()).isEqualTo("Audio could not be decoded");
    }

    @Test
    void refusesEmptyAndUndecodableFilesAtSubmit() throws Exception {
        HttpResponse<byte[]> empty = submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "empty")
                .file("file", "e.wav", "audio/wav", new byte[0]));
        HttpResponse<byte[]> text = submit(new Multipart().field("transcription_config", CONFIG)
                .file("file", "notes.txt", "text/plain", "not a recording".getBytes(StandardCharsets.UTF_8)));

        assertValidationError(empty, "Empty audio: 0 bytes");
        assertValidationError(text, "Unsupported audio: the data is text, not audio");
        assertThat(client.get("/v1/batch/jobs/empty").statusCode()).isEqualTo(404);
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.BATCH_SUBMIT)).isEqualTo(2);
    }

    @Test
    void refusesModelsThatAreNotBatchModels() throws Exception {
        HttpResponse<byte[]> streaming = submit(new Multipart().field("transcription_config", CONFIG)
                .field("model_code", "slng/deepgram/nova:3-en").file("file", "a.wav", "audio/wav", audio("m")));
        HttpResponse<byte[]> unknown = submit(new Multipart().field("transcription_config", CONFIG)
                .field("model_code", "acme/nope:1").file("file", "a.wav", "audio/wav", audio("m")));
        HttpResponse<byte[]> malformed = submit(new Multipart().field("transcription_config", CONFIG)
                .field("model_code", "speechmatics").file("file", "a.wav", "audio/wav", audio("m")));
        HttpResponse<byte[]> batch = submit(new Multipart().field("transcription_config", CONFIG)
                .field("model_code", "slng/speechmatics/batch:15.0.0").file("file", "a.wav", "audio/wav", audio("m")));

        assertThat(streaming.statusCode()).isEqualTo(404);
        assertThat(new String(streaming.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Model not found\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertValidationError(malformed, "Invalid model_code: speechmatics");
        assertThat(batch.statusCode()).isEqualTo(202);
    }

    @Test
    void aClientChosenJobIdCanBeLookedUpAfterTheSubmitResponseWasLost() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.BATCH_SUBMIT).status(503).afterServing().times(1));
        Multipart body = new Multipart().field("transcription_config", CONFIG).field("job_id", "mine7")
                .file("file", "a.wav", "audio/wav", audio("lost answer"));

        HttpResponse<byte[]> lost = submit(body);
        JsonNode found = status("mine7");
        HttpResponse<byte[]> retried = submit(body);

        assertThat(lost.statusCode()).isEqualTo(503);
        assertThat(found.path("job_id").asText()).isEqualTo("mine7");
        assertThat(found.path("status").asText()).isEqualTo("QUEUED");
        assertThat(retried.statusCode()).isEqualTo(409);
        assertThat(SandboxClient.json(client.get("/v1/batch/jobs")).path("meta").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void answersADuplicateJobIdAsConfigured() throws Exception {
        Multipart first = new Multipart().field("transcription_config", CONFIG).field("job_id", "dup1")
                .file("file", "a.wav", "audio/wav", audio("first"));
        Multipart second = new Multipart().field("transcription_config", CONFIG).field("job_id", "dup1")
                .file("file", "b.wav", "audio/wav", audio("second"));
        try (SlngSandbox existing = SlngSandbox.builder().duplicateJobId(DuplicateJobId.EXISTING_JOB).build().start();
             SlngSandbox validation = SlngSandbox.builder().duplicateJobId(DuplicateJobId.VALIDATION_ERROR).build().start()) {
            SandboxClient existingClient = new SandboxClient(existing);
            SandboxClient validationClient = new SandboxClient(validation);
            submit(existingClient, first);
            for (int poll = 0; poll < 3; poll++) {
                existingClient.get("/v1/batch/jobs/dup1");
            }
            submit(validationClient, first);

            HttpResponse<byte[]> idempotent = submit(existingClient, second);
            HttpResponse<byte[]> refused = submit(validationClient, second);

            assertThat(idempotent.statusCode()).isEqualTo(202);
            assertThat(SandboxClient.json(idempotent).toString()).isEqualTo("{\"job_id\":\"dup1\",\"status\":\"DONE\"}");
            assertThat(SandboxClient.json(existingClient.get("/v1/batch/jobs/dup1/files")).path("inputs").path(0).path("key").asText())
                    .endsWith("/a.wav");
            assertValidationError(refused, "job_id already exists: dup1");
        }
    }

    @Test
    void validatesSubmissionsAndLookups() throws Exception {
        byte[] audio = audio("v");
        assertThat(submit(new Multipart().file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", "[1]").file("file", "a.wav", "audio/wav", audio)).statusCode())
                .isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "bad-id")
                .file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "twice")
                .file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(202);
        HttpResponse<byte[]> duplicate = submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "twice")
                .file("file", "a.wav", "audio/wav", audio));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(SandboxClient.json(duplicate).path("error").asText()).isEqualTo("Job already exists");

        HttpResponse<byte[]> unknown = client.get("/v1/batch/jobs/nothere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(SandboxClient.json(unknown).path("error").asText()).isEqualTo("Job not found");
        assertThat(SandboxClient.send(client.request("/v1/batch/jobs/twice").build()).statusCode()).isEqualTo(401);
    }

    @Test
    void listsJobsWithPaging() throws Exception {
        for (int i = 0; i < 3; i++) {
            submit(new Multipart().field("transcription_config", CONFIG).file("file", "a.wav", "audio/wav", audio("n" + i)));
        }

        JsonNode page = SandboxClient.json(client.get("/v1/batch/jobs?page=2&page_size=2"));

        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("meta").toString()).isEqualTo("{\"page\":2,\"page_size\":2,\"total\":3,\"pages\":2}");
        assertThat(client.get("/v1/batch/jobs?page_size=500").statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> submit(Multipart body) throws Exception {
        return submit(client, body);
    }

    private static HttpResponse<byte[]> submit(SandboxClient client, Multipart body) throws Exception {
        return SandboxClient.send(client.authorized("/v1/batch/jobs").header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    private static void assertValidationError(HttpResponse<byte[]> response, String details) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
        assertThat(SandboxClient.json(response).path("error").asText()).isEqualTo("Validation error");
        assertThat(SandboxClient.json(response).path("details").asText()).isEqualTo(details);
    }

    private JsonNode status(String id) throws Exception {
        HttpResponse<byte[]> response = client.get("/v1/batch/jobs/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return SandboxClient.json(response);
    }

    private static byte[] audio(String text) {
        return SANDBOX.sandbox().engine().synthesize(text, null);
    }
}
