package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StreamFaultTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);
    /** How long a test waits to be sure something does not happen. */
    private static final long QUIET_MILLIS = 300;

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    private static void arm(Fault fault) {
        SANDBOX.sandbox().faults().add(fault);
    }

    @Test
    void dropsTheConnectionWithoutACloseFrameAfterNFrames() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).dropAfterFrames(4));
        BridgeSocket socket = CLIENT.tts().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.send(message("text").put("text", "dropped mid way").put("flush", true));

        assertThat(socket.nextJson().path("type").asText()).isEqualTo("segment_start");
        assertThat(socket.awaitClose().code()).isNull();
        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        await().until(() -> !record.open());
        assertThat(record.dropped()).isTrue();
        assertThat(record.closeCode()).isNull();
        assertThat(record.audioBytesSent()).isZero();
    }

    @Test
    void countsReceivedFramesTowardsTheDrop() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(3));
        BridgeSocket socket = CLIENT.stt().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");

        socket.sendBinary(new byte[1280]);

        assertThat(socket.awaitClose().code()).isNull();
        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        assertThat(record.audioBytesReceived()).isEqualTo(1280);
        assertThat(record.dropped()).isTrue();
    }

    @Test
    void closesAfterEachUtteranceForTheNextConnections() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).closeAfterEachUtterance().times(2));
        for (int i = 0; i < 2; i++) {
            BridgeSocket socket = CLIENT.tts().send(message("init"));
            socket.send(message("text").put("text", "one").put("flush", true));
            List<BridgeSocket.Received> messages = socket.until("audio_end");
            assertThat(BridgeSocket.audio(messages)).isNotEmpty();
            assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        }
        BridgeSocket normal = CLIENT.tts().send(message("init"));
        normal.send(message("text").put("text", "one").put("flush", true)).send(message("text").put("text", "two").put("flush", true));
        normal.until("audio_end");
        normal.until("audio_end");
        assertThat(normal.isClosed()).isFalse();
        assertThat(SANDBOX.sandbox().streams().all()).extracting(StreamSessionRecord::utterancesCompleted).containsExactly(1, 1, 2);
    }

    @Test
    void sendsAnErrorAfterReadyAndKeepsOrClosesTheSocket() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "upstream down"));
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("backend_connection_failed", "gone").closeAfterError(1011));

        BridgeSocket kept = CLIENT.stt().send(message("init"));
        assertThat(kept.nextJson().path("type").asText()).isEqualTo("ready");
        JsonNode error = kept.nextJson();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("provider_error");
        assertThat(error.path("message").asText()).isEqualTo("upstream down");
        kept.send(message("finalize"));
        assertThat(kept.nextJson().path("type").asText()).isEqualTo("final_transcript");

        BridgeSocket closed = CLIENT.stt().send(message("init"));
        assertThat(closed.nextJson().path("type").asText()).isEqualTo("ready");
        assertThat(closed.nextJson().path("code").asText()).isEqualTo("backend_connection_failed");
        assertThat(closed.awaitClose().code()).isEqualTo((short) 1011);
    }

    @Test
    void delaysReadyAndHoldsEarlyMessagesUntilThen() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).readyDelay(QUIET_MILLIS));
        long start = System.nanoTime();
        BridgeSocket socket = CLIENT.tts().send(message("init")).send(message("text").put("text", "early").put("flush", true));

        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(QUIET_MILLIS);
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("segment_start");
    }

    @Test
    void neverAnswersInitWhenToldSo() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).neverReady());
        BridgeSocket socket = CLIENT.tts().send(message("init")).send(message("flush"));

        assertThat(socket.poll(QUIET_MILLIS)).isNull();
        assertThat(SANDBOX.sandbox().streams().all().get(0).initJson()).isEqualTo("{\"type\":\"init\"}");
    }

    @Test
    void goesDeafAndMuteButKeepsTheConnectionInABlackHole() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).blackHole());
        BridgeSocket socket = CLIENT.tts().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");

        socket.ping();
        socket.send(message("text").put("text", "void").put("flush", true));

        assertThat(socket.poll(QUIET_MILLIS)).isNull();
        assertThat(socket.pongs()).isZero();
        assertThat(socket.isClosed()).isFalse();
        assertThat(SANDBOX.sandbox().streams().all().get(0).open()).isTrue();
    }

    @Test
    void takesStreamFaultsThroughTheAdminEndpoint() throws Exception {
        String fault = "{\"route\":\"TTS_STREAM\",\"binaryAudio\":true,\"chunkDelay\":1,\"dropAfterFrames\":100,"
                       + "\"errorAfterReady\":{\"code\":\"rate_limit\",\"message\":\"too many\"},\"closeAfterError\":1008}";
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUrl()
                + "/_sandbox/faults")).POST(HttpRequest.BodyPublishers.ofString(fault)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);

        BridgeSocket socket = CLIENT.tts().send(message("init"));

        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        assertThat(socket.nextJson().path("code").asText()).isEqualTo("rate_limit");
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1008);
        assertThat(SANDBOX.sandbox().faults().size()).isZero();
    }

    @Test
    void takesTheFaultsOfServersThatFailAnswersIgnoreClearsAndCloseEarlyThroughTheAdminEndpoint() throws Exception {
        String fault = "{\"route\":\"TTS_STREAM\",\"errorInsteadOfAnswer\":{\"code\":\"provider_error\",\"message\":\"lost\"},"
                       + "\"ignoreClear\":true,\"closeNormallyAfterFrames\":6}";
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUrl()
                + "/_sandbox/faults")).POST(HttpRequest.BodyPublishers.ofString(fault)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);

        // frames: init, ready, the text, the error instead of its audio, the clear (no cleared), a keepalive: then 1000
        BridgeSocket socket = CLIENT.tts().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.send(message("text").put("text", "never spoken").put("flush", true));
        JsonNode error = socket.nextJson();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("provider_error");
        socket.send(message("clear")).send(message("keepalive"));

        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        assertThat(socket.poll(100)).as("no cleared, no audio").isNull();
    }
}
