package dev.camelslng.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelslng.component.protocol.SttTranscription;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.http.RecordedRequest;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SpeechToTextTest extends SlngTestSupport {

    @TempDir
    static Path folder;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + folder.resolve("inbox") + "?initialDelay=0&delay=20").routeId("file-drop")
                        .to("slng:stt")
                        .to("mock:transcripts");
                from("direct:stream").to("slng:stt");
            }
        };
    }

    @Test
    void transcribesEveryBodyType() throws Exception {
        Path wav = Files.write(folder.resolve("path.wav"), speech("from a path"));
        File file = Files.write(folder.resolve("file.wav"), speech("from a file")).toFile();

        assertThat(template.requestBody("slng:stt", speech("from bytes"), String.class)).isEqualTo("from bytes");
        assertThat(template.requestBody("slng:stt", wav, String.class)).isEqualTo("from a path");
        assertThat(template.requestBody("slng:stt", file, String.class)).isEqualTo("from a file");
        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("file.wav");
        assertThat(sandbox().requests().last().audioContentType()).isEqualTo("audio/wav");
        assertThat(template.requestBody("slng:stt", new ByteArrayInputStream(speech("from a stream")), String.class))
                .isEqualTo("from a stream");
    }

    @Test
    void transcribesGenericFilesFromTheFileComponent() throws Exception {
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        transcripts.expectedBodiesReceived("dropped into a folder");

        Files.createDirectories(folder.resolve("inbox"));
        Files.write(folder.resolve("inbox/drop.wav"), speech("dropped into a folder"));

        transcripts.assertIsSatisfied();
        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("drop.wav");
        assertThat(sandbox().requests().last().audioBytes()).isEqualTo(speech("dropped into a folder").length);
    }

    @Test
    void aCachedStreamFromARouteIsSentAgainOnRetry() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(503).times(1));

        String transcript = template.requestBody("direct:stream", new ByteArrayInputStream(speech("sent twice")),
                String.class);

        assertThat(transcript).isEqualTo("sent twice");
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(2);
    }

    @Test
    void aOneShotStreamIsNotRetriedAndTheErrorSaysWhy() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(503).times(1));

        Exchange exchange = send("slng:stt", new ByteArrayInputStream(speech("only once")));

        assertThat(exchange.getException()).isInstanceOf(SlngApiException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("one-shot stream");
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(1);
    }

    @Test
    void sendsTheAudioOptionsAsFormFields() {
        template.requestBody("slng:stt?language=de&sampleRate=16000&encoding=linear16&enablePartials=true",
                speech("guten tag"), String.class);

        RecordedRequest request = sandbox().requests().last();
        assertThat(request.path()).isEqualTo("/v1/bridges/unmute/stt/slng/deepgram/nova:3-en");
        assertThat(request.formAttributes()).containsEntry("language", "de").containsEntry("sample_rate", "16000")
                .containsEntry("encoding", "linear16").containsEntry("enable_partials", "true");
    }

    @Test
    void leavesOutOptionsThatAreNotSet() {
        template.requestBody("slng:stt", speech("defaults"), String.class);

        assertThat(sandbox().requests().last().formAttributes()).isEmpty();
    }

    @Test
    void headersOverrideTheAudioOptions() {
        template.send("slng:stt?language=de", exchange -> {
            exchange.getMessage().setBody(speech("bonjour"));
            exchange.getMessage().setHeader(SlngConstants.LANGUAGE, "fr");
            exchange.getMessage().setHeader(SlngConstants.MODEL, "slng/openai/whisper:large-v3");
            exchange.getMessage().setHeader(SlngConstants.SAMPLE_RATE, "16000");
        });

        RecordedRequest request = sandbox().requests().last();
        assertThat(request.path()).isEqualTo("/v1/bridges/unmute/stt/slng/openai/whisper:large-v3");
        assertThat(request.formAttributes()).containsEntry("language", "fr").containsEntry("sample_rate", "16000");
    }

    @Test
    void setsConfidenceLanguageAndRequestIdHeaders() {
        Exchange exchange = send("slng:stt?language=en", speech("with headers"));
        Transcriber decoder = sandbox().engine().newTranscriber();
        decoder.feed(speech("with headers"));
        double confidence = decoder.result().confidence();

        assertThat(confidence).as("the sandbox's own confidence in this audio").isStrictlyBetween(0.0, 1.0);
        assertThat(exchange.getMessage().getHeader(SlngConstants.TRANSCRIPT_CONFIDENCE, Double.class)).isEqualTo(confidence);
        assertThat(exchange.getMessage().getHeader(SlngConstants.TRANSCRIPT_LANGUAGE)).isEqualTo("en");
        assertThat(exchange.getMessage().getHeader(SlngConstants.REQUEST_ID, String.class)).startsWith("req_");
    }

    @Test
    void responseOutputGivesTheParsedObject() {
        SttTranscription response = template.requestBody("slng:stt?outputType=response", speech("the whole response"),
                SttTranscription.class);

        assertThat(response.transcript()).isEqualTo("the whole response");
        assertThat(response.getType()).isEqualTo("transcription");
        assertThat(response.getIsFinal()).isTrue();
        assertThat(response.getExtra()).isEmpty();
    }

    @Test
    void refusesTextAndEmptyBodies() {
        assertThat(send("slng:stt", "not audio").getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("needs audio").hasMessageContaining("java.lang.String");
        assertThat(send("slng:stt", null).getException()).hasMessageContaining("empty");
        assertThat(send("slng:stt", folder.resolve("missing.wav").toFile()).getException())
                .hasMessageContaining("does not exist");
        assertThat(sandbox().requests().all()).isEmpty();
    }
}
