package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.engine.WordErrorRate;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The TTS bridge sends the real engine's audio as FreeTTS makes it, one FreeTTS utterance (here: a sentence) at a time,
 * and the whole of it, at the session's rate, is heard back as the text. Runs in the real-speech surefire execution.
 */
class RealSpeechTtsStreamingTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().engine(RealEngine.shared()));

    /** Sentences Sphinx4 hears well at 8 kHz as well (the en-us model is wideband: telephone-band audio loses words). */
    private static final String TEXT = "Our revenue grew by twelve percent in the second quarter. "
                                       + "Please update the price list before the conference. "
                                       + "Can you call me back after the meeting this afternoon.";
    private static final int SENTENCES = 3;
    private static final int ENGINE_RATE = 16_000;
    private static final double MAX_WORD_ERROR_RATE = 0.20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BridgeClient BRIDGE = new BridgeClient(SANDBOX::sandbox);

    @AfterAll
    static void closeClient() {
        BRIDGE.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {24_000, 8_000})
    void sendsEachSentenceAsSoonAsItIsSynthesizedAndTheWholeIsHeardBackAtTheSessionRate(int rate) throws Exception {
        long start = System.nanoTime();
        List<BridgeSocket.Received> messages = speak(rate);
        byte[] pcm = BridgeSocket.audio(messages);
        long spokenMillis = (System.nanoTime() - start) / 1_000_000;

        StreamSessionRecord record = SANDBOX.sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        assertThat(record.audioPieces()).isGreaterThanOrEqualTo(SENTENCES);
        assertThat(record.audioPiecesAtFirstChunk()).isEqualTo(1);
        assertThat(messages.get(0).type()).isEqualTo("segment_start");
        List<Integer> chunkBytes = messages.stream().filter(m -> "audio_chunk".equals(m.type()))
                .map(m -> Base64.getDecoder().decode(m.json().path("data").asText()).length).toList();
        assertThat(chunkBytes.subList(0, chunkBytes.size() - 1)).containsOnly(StreamSettings.DEFAULT_CHUNK_BYTES);
        double seconds = pcm.length / (2.0 * rate);
        double wholeSeconds = Wav.pcmData(SANDBOX.sandbox().engine().synthesize(TEXT, null)).length / (2.0 * ENGINE_RATE);
        assertThat(seconds).isCloseTo(wholeSeconds, within(0.01));
        assertThat(messages.get(messages.size() - 1).json().path("duration").asDouble()).isEqualTo(Messages.seconds(pcm.length, rate));

        long decodeStart = System.nanoTime();
        String heard = stt(pcm, rate);
        double errorRate = (double) WordErrorRate.errors(TEXT, heard) / WordErrorRate.words(TEXT).size();
        System.out.printf("%d Hz: %d pieces, %.2f s of audio streamed in %d ms, decoded in %d ms, WER %.1f%%: %s%n", rate,
                record.audioPieces(), seconds, spokenMillis, (System.nanoTime() - decodeStart) / 1_000_000, errorRate * 100, heard);
        assertThat(errorRate).isLessThanOrEqualTo(MAX_WORD_ERROR_RATE);
    }

    @Test
    void atTheEngineRateTheStreamIsExactlyTheWholeSynthesis() throws Exception {
        byte[] pcm = BridgeSocket.audio(speak(ENGINE_RATE));

        assertThat(pcm).isEqualTo(Wav.pcmData(SANDBOX.sandbox().engine().synthesize(TEXT, null)));
        assertThat(SANDBOX.sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).audioPieces()).isGreaterThanOrEqualTo(SENTENCES);
    }

    private static List<BridgeSocket.Received> speak(int rate) throws InterruptedException {
        BridgeSocket socket = BRIDGE.tts().send(message("init").set("config", message("c").put("sample_rate", rate)));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.send(message("text").put("text", TEXT).put("flush", true));
        List<BridgeSocket.Received> messages = socket.until("audio_end");
        socket.close();
        return messages;
    }

    private static String stt(byte[] pcm, int rate) throws Exception {
        String body = MAPPER.createObjectNode().put("audio", Base64.getEncoder().encodeToString(pcm))
                .put("sample_rate", String.valueOf(rate)).toString();
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(SANDBOX.baseUrl()
                + "/v1/bridges/unmute/stt/slng/openai/whisper:large-v3")).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + SANDBOX.apiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return MAPPER.readTree(response.body()).path("alternatives").path(0).path("transcript").asText();
    }
}
