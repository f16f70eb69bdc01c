package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 kHz phone audio on both bridges with the tone engine: what the TTS bridge sends at {@code sample_rate} 8000, the STT
 * bridge at 8000 hears back exactly, cut at the same silences and timed on the same clock as at 16 kHz.
 */
class PhoneRateBridgeTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final int RATE = 8_000;
    /** 20 ms at 8 kHz. */
    private static final int SYMBOL = 320;
    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    /** The engine's speech as the TTS bridge sends it at 8 kHz. */
    private static byte[] phoneSpeech(String text) {
        return Resampler.resample(Wav.pcmData(SANDBOX.sandbox().engine().synthesize(text, null)), 16_000, RATE);
    }

    private static BridgeSocket ready(BridgeSocket socket) throws InterruptedException {
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        return socket;
    }

    private static BridgeSocket phoneStt() throws InterruptedException {
        return ready(CLIENT.stt().send(message("init").set("config", message("c").put("sample_rate", RATE).put("encoding", "linear16"))));
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
    void cutsPhoneAudioIntoExactFinalsAtSilences() throws Exception {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        audio.writeBytes(phoneSpeech("hello world"));
        audio.writeBytes(new byte[5 * SYMBOL]);
        audio.writeBytes(phoneSpeech("second utterance"));
        byte[] pcm = audio.toByteArray();
        BridgeSocket socket = phoneStt();
        for (int at = 0; at < pcm.length; at += 1000) {
            socket.sendBinary(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + 1000)));
        }
        socket.send(message("close"));

        List<JsonNode> finals = finals(socket, 3);

        assertThat(finals).extracting(f -> f.path("transcript").asText()).containsExactly("hello world", "second utterance", "");
        // guard silence, symbols, 3 silent symbols to the endpoint; then the rest of the guard, the 100 ms pause, the next guard
        assertThat(finals.get(0).path("duration").asDouble()).isEqualTo((5 + 11 + 3) * SYMBOL / (RATE * 2.0)).isEqualTo(0.38);
        assertThat(finals.get(1).path("duration").asDouble()).isEqualTo((2 + 5 + 5 + 16 + 3) * SYMBOL / (RATE * 2.0));
        assertThat(finals.get(2).path("duration").asDouble()).isEqualTo(2 * SYMBOL / (RATE * 2.0));
        assertThat(finals.get(0).path("confidence").asDouble()).isGreaterThan(0.9);
        JsonNode words = finals.get(0).path("words");
        assertThat(words).extracting(w -> w.path("word").asText()).containsExactly("hello", "world");
        assertThat(words.get(0).path("start").asDouble()).isEqualTo(0.1);
        assertThat(words.get(1).path("end").asDouble()).isEqualTo(0.32);
        JsonNode secondWords = finals.get(1).path("words");
        assertThat(secondWords.get(0).path("start").asDouble()).as("on the connection's clock: 19 + 2 + 5 + 5 symbols").isEqualTo(0.62);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        StreamSessionRecord record = SANDBOX.sandbox().streams().of(SandboxRoute.STT_STREAM).get(0);
        assertThat(record.audioBytesReceived()).isEqualTo(pcm.length).isEqualTo(record.finalBytes());
    }

    @Test
    void roundTripsTextThroughTheTtsBridgeAndTheSttBridgeAt8Khz() throws Exception {
        String text = "Phone call: ça marche";
        BridgeSocket tts = ready(CLIENT.tts().send(message("init").set("config", message("c").put("sample_rate", RATE))));
        tts.send(message("text").put("text", text).put("flush", true));
        byte[] phoneAudio = BridgeSocket.audio(tts.until("audio_end"));
        tts.close();
        assertThat(phoneAudio).isEqualTo(phoneSpeech(text));

        BridgeSocket stt = phoneStt();
        stt.sendBinary(phoneAudio);
        JsonNode heard = finals(stt, 1).get(0);

        int symbols = 5 + text.getBytes(StandardCharsets.UTF_8).length + 3;
        assertThat(heard.path("transcript").asText()).isEqualTo(text);
        assertThat(heard.path("duration").asDouble()).isEqualTo(symbols * SYMBOL / (RATE * 2.0));
        stt.send(message("close"));
        assertThat(stt.awaitClose().code()).isEqualTo((short) 1000);
    }
}
