package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;

class SttBridgeTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();
    @RegisterExtension
    static final SlngSandboxExtension WITH_UTTERANCE_END = new SlngSandboxExtension(SlngSandbox.builder().streamUtteranceEnd(true));

    private static final int SYMBOL = 640;
    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);
    private static final BridgeClient UTTERANCE_END_CLIENT = new BridgeClient(WITH_UTTERANCE_END::sandbox);

    @AfterAll
    static void closeClients() {
        CLIENT.close();
        UTTERANCE_END_CLIENT.close();
    }

    private static byte[] speech(String... utterances) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String text : utterances) {
            pcm.writeBytes(Wav.pcmData(SANDBOX.sandbox().engine().synthesize(text, null)));
        }
        return pcm.toByteArray();
    }

    private static BridgeSocket ready(BridgeClient client, JsonNode config) throws InterruptedException {
        BridgeSocket socket = client.stt().send(message("init").set("config", config));
        JsonNode ready = socket.nextJson();
        assertThat(ready.path("type").asText()).isEqualTo("ready");
        assertThat(ready.path("session_id").asText()).startsWith("sess_stt_");
        return socket;
    }

    private static void sendInChunks(BridgeSocket socket, byte[] audio, int chunk) {
        for (int at = 0; at < audio.length; at += chunk) {
            socket.sendBinary(Arrays.copyOfRange(audio, at, Math.min(audio.length, at + chunk)));
        }
    }

    private static List<JsonNode> finals(BridgeSocket socket, int count) throws InterruptedException {
        List<JsonNode> finals = new ArrayList<>();
        while (finals.size() < count) {
            JsonNode message = socket.nextJson();
            if ("final_transcript".equals(message.path("type").asText())) {
                finals.add(message);
            }
        }
        return finals;
    }

    @Test
    void cutsConcatenatedUtterancesIntoExactFinals() throws Exception {
        byte[] audio = speech("hello world", "second utterance", "third");
        BridgeSocket socket = ready(CLIENT, message("c").put("language", "de"));
        sendInChunks(socket, audio, 2048);
        socket.send(message("close"));

        List<JsonNode> finals = finals(socket, 4);

        assertThat(finals).extracting(f -> f.path("transcript").asText()).containsExactly("hello world", "second utterance", "third", "");
        assertThat(finals.get(0).path("duration").asDouble()).isEqualTo((5 + 11 + 3) * SYMBOL / 32000.0).isEqualTo(0.38);
        assertThat(finals.get(1).path("duration").asDouble()).isEqualTo((2 + 5 + 16 + 3) * SYMBOL / 32000.0);
        assertThat(finals.get(3).path("duration").asDouble()).isEqualTo(2 * SYMBOL / 32000.0);
        assertThat(finals.get(0).path("language").asText()).isEqualTo("de");
        assertThat(finals.get(0).path("confidence").asDouble()).isGreaterThan(0.9);
        JsonNode words = finals.get(0).path("words");
        assertThat(words).extracting(w -> w.path("word").asText()).containsExactly("hello", "world");
        assertThat(words.get(0).path("start").asDouble()).isEqualTo(0.1);
        assertThat(words.get(1).path("end").asDouble()).isEqualTo(0.32);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        StreamSessionRecord record = SANDBOX.sandbox().streams().of(SandboxRoute.STT_STREAM).get(0);
        assertThat(record.audioBytesReceived()).isEqualTo(audio.length);
        assertThat(record.finalBytes()).isEqualTo(audio.length);
        assertThat(record.finals()).containsExactly("hello world", "second utterance", "third", "");
    }

    @Test
    void takesJsonAudioAndAWavHeaderAndFinalizesOnRequest() throws Exception {
        byte[] wav = SANDBOX.sandbox().engine().synthesize("json audio", null);
        BridgeSocket socket = ready(CLIENT, message("c"));
        for (int at = 0; at < wav.length; at += 3000) {
            byte[] chunk = Arrays.copyOfRange(wav, at, Math.min(wav.length, at + 3000));
            socket.send(message("audio").put("data", Base64.getEncoder().encodeToString(chunk)));
        }
        assertThat(finals(socket, 1).get(0).path("transcript").asText()).isEqualTo("json audio");

        socket.send(message("finalize"));
        JsonNode rest = finals(socket, 1).get(0);
        assertThat(rest.path("transcript").asText()).isEmpty();
        assertThat(rest.path("duration").asDouble()).isEqualTo(2 * SYMBOL / 32000.0);
        socket.send(message("finalize"));
        assertThat(finals(socket, 1).get(0).path("duration").asDouble()).isZero();
        socket.send(message("close"));
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);

        StreamSessionRecord record = SANDBOX.sandbox().streams().all().get(0);
        assertThat(record.audioBytesReceived()).isEqualTo(wav.length - Wav.HEADER_BYTES).isEqualTo(record.finalBytes());
        assertThat(record.finals()).containsExactly("json audio", "", "");
    }

    @Test
    void sendsPartialsEveryFiveCharacters() throws Exception {
        BridgeSocket socket = ready(CLIENT, message("c").put("enable_partials", true));
        socket.sendBinary(speech("hello world and more"));

        List<String> partials = new ArrayList<>();
        JsonNode message = socket.nextJson();
        while ("partial_transcript".equals(message.path("type").asText())) {
            partials.add(message.path("transcript").asText());
            message = socket.nextJson();
        }

        assertThat(partials).containsExactly("hello", "hello worl", "hello world and", "hello world and more");
        assertThat(message.path("type").asText()).isEqualTo("final_transcript");
        assertThat(message.path("language").asText()).isEqualTo("en");
    }

    @Test
    void sendsUtteranceEndAfterSilenceWhenConfigured() throws Exception {
        BridgeSocket socket = ready(UTTERANCE_END_CLIENT, message("c"));
        socket.sendBinary(speech("done"));

        assertThat(socket.nextJson().path("type").asText()).isEqualTo("final_transcript");
        JsonNode end = socket.nextJson();
        assertThat(end.path("type").asText()).isEqualTo("utterance_end");
        assertThat(end.path("last_word_end").asDouble()).isEqualTo((5 + 4) * SYMBOL / 32000.0);
    }

    @Test
    void closesWith1008WhenAudioComesBeforeInit() throws Exception {
        BridgeSocket socket = CLIENT.stt().sendBinary(new byte[SYMBOL]);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1008);
    }
}
