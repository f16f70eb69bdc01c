package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void rateLimitsTwiceThenSucceeds() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT).status(429).header("Retry-After", "1").times(2));

        HttpResponse<byte[]> first = client.stt(speech("again"));
        HttpResponse<byte[]> second = client.stt(speech("again"));
        HttpResponse<byte[]> third = client.stt(speech("again"));

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(SandboxClient.json(first).path("error").asText()).isEqualTo("Too many requests");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(third).path("alternatives").path(0).path("transcript").asText()).isEqualTo("again");
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.STT)).isEqualTo(3);
        assertThat(SANDBOX.sandbox().faults().size()).isZero();
    }

    @Test
    void appliesFaultsOnlyToTheirRouteAndAnyToAll() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(500).times(1));
        assertThat(client.stt(speech("stt is fine")).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> tts = client.tts("tts fails");
        assertThat(tts.statusCode()).isEqualTo(500);
        assertThat(new String(tts.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"Service error\",\"details\":\"Internal processing error\"}");

        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.ANY).status(503).always());
        assertThat(client.tts("down").statusCode()).isEqualTo(503);
        assertThat(SandboxClient.json(client.get("/v1/batch/jobs")).path("details").asText()).isEqualTo("No deployments found");
    }

    @Test
    void answersARedirectThatTheClientMustNotFollow() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(302).header("Location", "https://elsewhere.example/tts").times(1));

        HttpResponse<byte[]> redirect = client.tts("moved");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("https://elsewhere.example/tts");
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.ANY)).isEqualTo(1);
    }

    @Test
    void servesFirstThenLosesTheResponse() throws Exception {
        HttpResponse<byte[]> added = SandboxClient.send(client.request("/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(
                "{\"route\":\"BATCH_SUBMIT\",\"closeConnection\":true,\"afterServing\":true}")).build());
        assertThat(added.statusCode()).isEqualTo(201);
        Multipart submit = new Multipart().field("transcription_config", "{}").field("job_id", "acted")
                .file("file", "a.wav", "audio/wav", SANDBOX.sandbox().engine().synthesize("acted", null));

        assertThatThrownBy(() -> SandboxClient.send(client.authorized("/v1/batch/jobs").header("Content-Type", submit.contentType())
                .POST(submit.publisher()).build())).isInstanceOf(IOException.class);
        assertThat(client.get("/v1/batch/jobs/acted").statusCode()).isEqualTo(200);
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(10).afterServing().times(1));
        assertThat(client.tts("a delay alone still serves").statusCode()).isEqualTo(200);
    }

    @Test
    void closesTheConnectionWithoutAResponse() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT).closeConnection().times(1));

        assertThatThrownBy(() -> client.stt(speech("lost"))).isInstanceOf(IOException.class);
        assertThat(client.stt(speech("back")).statusCode()).isEqualTo(200);
    }

    @Test
    void delaysThenAnswersNormally() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(500).times(1));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.tts("slow");

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(500_000_000L);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/wav");
    }

    @Test
    void sendsMalformedJson() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT).malformedJson().times(1));

        HttpResponse<byte[]> response = client.stt(speech("broken"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(() -> SandboxClient.json(response)).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void readsTheWholeUploadBeforeAnsweringAFault() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT).status(429).times(1));
        long size = 32L * 1024 * 1024;

        HttpResponse<byte[]> response = client.stt(new Multipart().file("audio", "big.raw", "application/octet-stream",
                () -> new ZeroInputStream(size)));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(SANDBOX.sandbox().requests().last().audioBytes()).isEqualTo(size);
    }

    @Test
    void acceptsFaultsOverTheAdminEndpoint() throws Exception {
        HttpResponse<byte[]> added = SandboxClient.send(client.request("/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(
                "{\"route\":\"STT\",\"status\":429,\"headers\":{\"Retry-After\":\"1\"},\"times\":2}")).build());
        assertThat(added.statusCode()).isEqualTo(201);

        assertThat(client.stt(speech("a")).statusCode()).isEqualTo(429);
        HttpResponse<byte[]> second = client.stt(speech("a"));
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(client.stt(speech("a")).statusCode()).isEqualTo(200);

        SandboxClient.send(client.request("/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(
                "{\"route\":\"ANY\",\"malformedJson\":true,\"times\":-1}")).build());
        HttpResponse<byte[]> cleared = SandboxClient.send(client.request("/_sandbox/faults").DELETE().build());
        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(SANDBOX.sandbox().faults().size()).isZero();

        HttpResponse<byte[]> invalid = SandboxClient.send(client.request("/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(
                "{\"route\":\"NOPE\"}")).build());
        assertThat(invalid.statusCode()).isEqualTo(400);
    }

    private Multipart speech(String text) {
        return new Multipart().file("audio", "speech.wav", "audio/wav", SANDBOX.sandbox().engine().synthesize(text, null));
    }
}
