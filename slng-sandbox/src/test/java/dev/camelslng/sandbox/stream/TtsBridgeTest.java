package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TtsBridgeTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    private static BridgeSocket ready(JsonNode init) throws InterruptedException {
        BridgeSocket socket = CLIENT.tts().send(init);
        JsonNode ready = socket.nextJson();
        assertThat(ready.path("type").asText()).isEqualTo("ready");
        assertThat(ready.path("session_id").asText()).startsWith("sess_tts_");
        assertThat(ready.path("slng_request_id").asText()).startsWith("req_");
        return socket;
    }

    private static byte[] enginePcm(String text, String voice) {
        return Wav.pcmData(SANDBOX.sandbox().engine().synthesize(text, voice));
    }

    @Test
    void speaksEachFlushedUtteranceInOrderAsJsonChunks() throws Exception {
        BridgeSocket socket = ready(message("init").put("voice", "aura-2-thalia-en"));
        socket.send(message("text").put("text", "Hello ")).send(message("text").put("text", "world")).send(message("flush"));
        socket.send(message("text").put("text", "second one").put("flush", true));

        List<BridgeSocket.Received> first = socket.until("audio_end");
        List<BridgeSocket.Received> second = socket.until("audio_end");

        assertThat(first.get(0).json().path("segment_id").asText()).isEqualTo("seg_001");
        assertThat(first.subList(first.size() - 4, first.size())).extracting(BridgeSocket.Received::type)
                .containsExactly("audio_chunk", "segment_end", "flushed", "audio_end");
        assertThat(BridgeSocket.audio(first)).isEqualTo(enginePcm("Hello world", "aura-2-thalia-en"));
        assertThat(BridgeSocket.audio(second)).isEqualTo(enginePcm("second one", "aura-2-thalia-en"));
        assertThat(second.get(0).json().path("segment_id").asText()).isEqualTo("seg_002");
        JsonNode firstChunk = first.get(1).json();
        assertThat(firstChunk.path("sequence").asLong()).isZero();
        assertThat(second.get(1).json().path("sequence").asLong()).isEqualTo(first.size() - 4);
        double seconds = enginePcm("Hello world", null).length / 32000.0;
        assertThat(first.get(first.size() - 1).json().path("duration").asDouble()).isEqualTo(seconds);

        socket.send(message("close"));
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        StreamSessionRecord record = SANDBOX.sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        assertThat(record.texts()).containsExactly("Hello ", "world", "second one");
        assertThat(record.flushes()).isEqualTo(2);
        assertThat(record.utterancesCompleted()).isEqualTo(2);
        assertThat(record.audioBytesSent()).isEqualTo(enginePcm("Hello world", null).length + enginePcm("second one", null).length);
        assertThat(record.model()).isEqualTo(BridgeClient.TTS_MODEL);
        await().until(() -> !record.open());
        assertThat(record.closeCode()).isEqualTo(1000);
        assertThat(record.dropped()).isFalse();
    }

    @Test
    void sendsBinaryFramesAndResamplesDeterministically() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).binaryAudio().times(2));
        byte[][] audio = new byte[2][];
        for (int i = 0; i < 2; i++) {
            BridgeSocket socket = ready(message("init").set("config", message("x").put("sample_rate", 24000).put("encoding", "linear16")));
            socket.send(message("text").put("text", "resampled").put("flush", true));
            List<BridgeSocket.Received> messages = socket.until("audio_end");
            assertThat(messages).filteredOn(m -> "audio_chunk".equals(m.type())).isEmpty();
            assertThat(messages.get(1).binary()).hasSize(StreamSettings.DEFAULT_CHUNK_BYTES);
            audio[i] = BridgeSocket.audio(messages);
            socket.close();
        }
        assertThat(audio[0]).hasSize(enginePcm("resampled", null).length / 2 * 3).isEqualTo(audio[1]);
    }

    @Test
    void answersABlankFlushWithFlushedOnly() throws Exception {
        BridgeSocket socket = ready(message("init"));
        socket.send(message("flush"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("flushed");
        socket.send(message("text").put("text", "after").put("flush", true));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("segment_start");
    }

    @Test
    void clearDropsTheRestOfTheAudioAndKeepsTheSession() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(100));
        BridgeSocket socket = ready(message("init"));
        socket.send(message("text").put("text", "a rather long utterance to interrupt").put("flush", true));
        socket.send(message("text").put("text", "queued").put("flush", true));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("segment_start");
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("audio_chunk");

        socket.send(message("clear"));
        List<BridgeSocket.Received> untilCleared = socket.until("cleared");
        assertThat(untilCleared.subList(0, untilCleared.size() - 1)).allMatch(received -> "audio_chunk".equals(received.type()));
        assertThat(BridgeSocket.audio(untilCleared).length + StreamSettings.DEFAULT_CHUNK_BYTES)
                .isLessThan(enginePcm("a rather long utterance to interrupt", null).length);
        socket.send(message("text").put("text", "fresh").put("flush", true));
        List<BridgeSocket.Received> fresh = socket.until("audio_end");

        assertThat(fresh.get(0).type()).isEqualTo("segment_start");
        assertThat(BridgeSocket.audio(fresh)).isEqualTo(enginePcm("fresh", null));
        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        assertThat(record.clears()).isEqualTo(1);
        assertThat(record.utterancesCompleted()).isEqualTo(1);
    }

    @Test
    void countsKeepalivesAndPings() throws Exception {
        BridgeSocket socket = ready(message("init"));
        socket.send(message("keepalive")).send(message("keepalive"));
        socket.ping();
        socket.send(message("flush"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("flushed");
        await().until(() -> socket.pongs() == 1);
        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        assertThat(record.keepalives()).isEqualTo(2);
        assertThat(record.pings()).isEqualTo(1);
    }

    @Test
    void closesWith1008WhenTheFirstMessageIsNotInit() throws Exception {
        BridgeSocket socket = CLIENT.tts().send(message("text").put("text", "too early"));
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1008);
    }

    @Test
    void refusesAnEncodingOtherThanLinear16() throws Exception {
        BridgeSocket socket = CLIENT.tts().send(message("init").set("config", message("x").put("encoding", "mulaw")));
        JsonNode error = socket.nextJson();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("config_error");
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1008);
        await().until(() -> !SANDBOX.sandbox().streams().all().get(0).open());
    }
}
