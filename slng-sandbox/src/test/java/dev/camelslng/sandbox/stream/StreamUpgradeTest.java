package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import io.vertx.core.http.UpgradeRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static dev.camelslng.sandbox.stream.BridgeClient.STT_PATH;
import static dev.camelslng.sandbox.stream.BridgeClient.TTS_MODEL;
import static dev.camelslng.sandbox.stream.BridgeClient.TTS_PATH;
import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;

class StreamUpgradeTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    private static UpgradeRejectedException rejected(String path, Map<String, String> headers) {
        Throwable failure = BridgeClient.failure(CLIENT.connect(path, headers));
        assertThat(failure).isInstanceOf(UpgradeRejectedException.class);
        return (UpgradeRejectedException) failure;
    }

    private static Map<String, String> key() {
        return Map.of("Authorization", "Bearer " + SANDBOX.sandbox().apiKey());
    }

    @Test
    void refusesAMissingOrWrongKey() {
        UpgradeRejectedException missing = rejected(TTS_PATH + TTS_MODEL, Map.of());
        UpgradeRejectedException wrong = rejected(STT_PATH + BridgeClient.STT_MODEL, Map.of("Authorization", "Bearer nope"));

        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(missing.getBody().toString()).isEqualTo("{\"error\":\"Unauthorized\"}");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.TTS_STREAM)).isEqualTo(1);
        assertThat(SANDBOX.sandbox().streams().all()).isEmpty();
    }

    @Test
    void refusesUnknownModelsAndModelsOfTheWrongKind() {
        assertThat(rejected(TTS_PATH + "acme/unknown:1", key()).getStatus()).isEqualTo(404);
        UpgradeRejectedException ttsModelOnStt = rejected(STT_PATH + TTS_MODEL, key());
        assertThat(ttsModelOnStt.getStatus()).isEqualTo(404);
        assertThat(ttsModelOnStt.getBody().toString()).isEqualTo("{\"error\":\"Model not found\"}");
        assertThat(rejected(STT_PATH + "mistral/voxtral-mini:2507", key()).getStatus()).isEqualTo(404);
    }

    @Test
    void refusesAProviderKeyOnAnSlngHostedModel() {
        UpgradeRejectedException byok = rejected(TTS_PATH + TTS_MODEL,
                Map.of("Authorization", "Bearer " + SANDBOX.sandbox().apiKey(), "X-Slng-Provider-Key", "pk"));

        assertThat(byok.getStatus()).isEqualTo(400);
        assertThat(byok.getBody().toString()).contains("BYOK is only supported for external STT/TTS routes");
    }

    @Test
    void rejectsTheNextConnectionsWithAFaultStatusThenAccepts() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(429).header("Retry-After", "2").times(2));

        UpgradeRejectedException first = rejected(TTS_PATH + TTS_MODEL, key());
        assertThat(rejected(TTS_PATH + TTS_MODEL, key()).getStatus()).isEqualTo(429);
        BridgeSocket third = CLIENT.tts().send(message("init"));

        assertThat(first.getStatus()).isEqualTo(429);
        assertThat(first.getHeaders().get("Retry-After")).isEqualTo("2");
        assertThat(first.getBody().toString()).isEqualTo("{\"error\":\"Too many requests\"}");
        assertThat(third.nextJson().path("type").asText()).isEqualTo("ready");
        assertThat(SANDBOX.sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(1);
    }

    @Test
    void delaysOrCutsTheUpgradeOnAFault() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).closeConnection());
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).delayMillis(200));

        assertThat(BridgeClient.failure(CLIENT.connect(STT_PATH + BridgeClient.STT_MODEL, key())))
                .isNotInstanceOf(UpgradeRejectedException.class);
        long start = System.nanoTime();
        BridgeSocket delayed = CLIENT.stt();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        assertThat(delayed.send(message("init")).nextJson().path("type").asText()).isEqualTo("ready");
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.STT_STREAM)).isEqualTo(2);
    }

    @Test
    void recordsTheUpgradeHeadersWithoutCredentials() throws Exception {
        BridgeSocket socket = new BridgeSocket(BridgeClient.await(CLIENT.connect(TTS_PATH + "cartesia/sonic:3",
                Map.of("Authorization", "Bearer " + SANDBOX.sandbox().apiKey(), "X-SLNG-Agent-Id", "agent-7",
                        "X-Slng-Provider-Key", "provider-secret"))));
        socket.send(message("init").put("voice", "v1"));
        socket.nextJson();

        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        assertThat(record.model()).isEqualTo("cartesia/sonic:3");
        assertThat(record.headers()).containsEntry("x-slng-agent-id", "agent-7").doesNotContainKeys("Authorization",
                "X-Slng-Provider-Key");
        assertThat(record.initJson()).isEqualTo("{\"type\":\"init\",\"voice\":\"v1\"}");
        assertThat(record.open()).isTrue();
        assertThat(SANDBOX.sandbox().streams().openCount()).isPositive();
    }

    @Test
    void answersAPlainGetWith404() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SANDBOX.sandbox().baseUrl() + TTS_PATH + TTS_MODEL)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
