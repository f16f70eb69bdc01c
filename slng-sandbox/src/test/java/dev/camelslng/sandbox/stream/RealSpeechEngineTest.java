package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.engine.WordErrorRate;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real engine (FreeTTS + Sphinx4) behind the sandbox's HTTP and WebSocket endpoints. One sandbox for the whole class,
 * on the engine all real-speech test classes share ({@link RealEngine}). Runs in its own surefire execution with a
 * larger heap.
 */
class RealSpeechEngineTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().engine(RealEngine.shared()));

    private static final List<String> SENTENCES = List.of(
            "our revenue grew by twelve percent in the second quarter",
            "please send the invoice to the finance department by friday",
            "the customer asked for a refund on the last order",
            "we need to hire two more engineers for the new project",
            "the board approved the budget for next year",
            "can you call me back after the meeting this afternoon",
            "the shipment will arrive at the warehouse on monday morning",
            "our sales team closed three new contracts last week",
            "the quarterly report is due at the end of the month",
            "please update the price list before the conference",
            "the new office opens in the city center next spring",
            "we will review the contract with the legal team tomorrow");
    private static final double MAX_WORD_ERROR_RATE = 0.20;
    private static final int RATE = 16_000;
    private static final long FINAL_WAIT_MILLIS = 60_000;
    private static final int REAL_TIME_CHUNK_MILLIS = 100;
    private static final int PAUSE_BETWEEN_UTTERANCES_MILLIS = 600;
    private static final int PAUSE_WITHIN_UTTERANCE_MILLIS = 300;
    private static final int NEAR_SILENCE = 300;
    /** How far Sphinx4 may put a word boundary from the true one. */
    private static final double BOUNDARY_SLACK_SECONDS = 0.15;
    /** What is left of the 300 ms pause between the recogniser's words; word times spread over the text leave one letter. */
    private static final double PAUSE_LEFT_BETWEEN_WORDS_SECONDS = 0.12;
    private static final int REAL_TIME_CHUNK_BYTES = 2 * RATE * REAL_TIME_CHUNK_MILLIS / 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BridgeClient BRIDGE = new BridgeClient(SANDBOX::sandbox);
    private static long startNanos;

    @BeforeAll
    static void startClock() {
        startNanos = System.nanoTime();
    }

    @AfterAll
    static void report() {
        BRIDGE.close();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedMegabytes = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf("Real-engine tests after start-up: %d ms; heap used after GC %d MB of max %d MB%n",
                (System.nanoTime() - startNanos) / 1_000_000, usedMegabytes, runtime.maxMemory() >> 20);
    }

    @Test
    void roundTripOverHttpHasAWordErrorRateOfAtMostTwentyPercent() throws Exception {
        int errors = 0;
        int words = 0;
        double audioSeconds = 0;
        long decodeNanos = 0;
        for (String sentence : SENTENCES) {
            byte[] wav = tts(sentence);
            audioSeconds += Wav.pcmData(wav).length / (2.0 * RATE);
            long start = System.nanoTime();
            String heard = stt(wav, RATE);
            decodeNanos += System.nanoTime() - start;
            int sentenceErrors = WordErrorRate.errors(sentence, heard);
            errors += sentenceErrors;
            words += WordErrorRate.words(sentence).size();
            System.out.printf("%d error(s)  said: %s%n             heard: %s%n", sentenceErrors, sentence, heard);
        }
        double rate = (double) errors / words;
        System.out.printf("Word error rate %.1f%% (%d/%d words, %d sentences); decode time / audio time %.2f%n", rate * 100, errors, words,
                SENTENCES.size(), decodeNanos / 1e9 / audioSeconds);

        assertThat(rate).isLessThanOrEqualTo(MAX_WORD_ERROR_RATE);
    }

    @Test
    void ttsIsPlayableWavAtSixteenKilohertzOfPlausibleLength() throws Exception {
        byte[] wav = tts("the board approved the budget for next year");

        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(24)).isEqualTo(RATE);
        double seconds = Wav.pcmData(wav).length / (2.0 * RATE);
        assertThat(seconds).isBetween(1.0, 5.0);
    }

    @Test
    void silenceNoiseAndEmptyAudioGiveAnEmptyTranscript() throws Exception {
        byte[] noise = new byte[2 * RATE * 2];
        Random random = new Random(42);
        ByteBuffer samples = ByteBuffer.wrap(noise).order(ByteOrder.LITTLE_ENDIAN);
        while (samples.hasRemaining()) {
            samples.putShort((short) (random.nextGaussian() * 2000));
        }

        assertThat(stt(new byte[2 * RATE * 2], RATE)).isEmpty();
        assertThat(stt(noise, RATE)).isEmpty();
        assertThat(SANDBOX.sandbox().engine().newTranscriber().result().text()).isEmpty();
        assertThat(sttResponse(new byte[0], RATE).statusCode()).isEqualTo(400);
    }

    @Test
    void sttBridgeGivesAFinalForASpokenSentenceResampledFrom24Kilohertz() throws Exception {
        String sentence = "please send the invoice to the finance department by friday";
        byte[] pcm = Resampler.resample(Wav.pcmData(tts(sentence)), RATE, 24_000);
        BridgeSocket socket = BRIDGE.stt().send(message("init").set("config", message("c").put("sample_rate", 24_000)));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        for (int at = 0; at < pcm.length; at += 4800) {
            socket.sendBinary(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + 4800)));
        }
        socket.send(message("close"));

        JsonNode result = nextFinal(socket);
        System.out.printf("Bridge final: %s%n", result.path("transcript").asText());
        assertThat(WordErrorRate.errors(sentence, result.path("transcript").asText())).isLessThanOrEqualTo(3);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
    }

    @Test
    void aCloseRightAfterAFinalizeStillDeliversTheFinalItAsked() throws Exception {
        String sentence = "our revenue grew by twelve percent in the second quarter";
        byte[] pcm = Wav.pcmData(tts(sentence));
        BridgeSocket socket = BRIDGE.stt().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.sendBinary(pcm);
        socket.send(message("finalize"));
        socket.send(message("close"));

        JsonNode result = nextFinal(socket);
        assertThat(WordErrorRate.errors(sentence, result.path("transcript").asText())).isLessThanOrEqualTo(3);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
    }

    @Test
    void partialsArriveWhileALongSentenceIsStreamedAtRealTimeAndNeverAfterItsFinal() throws Exception {
        String sentence = "the meeting is scheduled for tuesday at three thirty in the afternoon and our revenue grew by twelve percent";
        byte[] pcm = Wav.pcmData(tts(sentence));
        assertThat(pcm.length / (2.0 * RATE)).isGreaterThan(4.0);
        BridgeSocket socket = BRIDGE.stt().send(message("init").set("config", message("c").put("enable_partials", true)));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        long start = System.nanoTime();
        for (int at = 0, chunk = 0; at < pcm.length; at += REAL_TIME_CHUNK_BYTES, chunk++) {
            Thread.sleep(Math.max(0, chunk * REAL_TIME_CHUNK_MILLIS - (System.nanoTime() - start) / 1_000_000));
            socket.sendBinary(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + REAL_TIME_CHUNK_BYTES)));
        }
        socket.send(message("close"));

        List<String> partials = new ArrayList<>();
        JsonNode result = nextFinal(socket, partials);
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        List<String> afterFinal = new ArrayList<>();
        for (BridgeSocket.Received message = socket.poll(0); message != null; message = socket.poll(0)) {
            afterFinal.add(message.type());
        }
        String heard = result.path("transcript").asText();
        System.out.printf("Streamed in %d ms; partials before the final: %s%nfinal: %s%n", (System.nanoTime() - start) / 1_000_000,
                partials, heard);
        assertThat(partials).isNotEmpty().allSatisfy(partial -> assertThat(partial).isNotBlank());
        assertThat(afterFinal).doesNotContain("partial_transcript");
        assertThat(WordErrorRate.errors(sentence, heard)).isLessThanOrEqualTo(WordErrorRate.words(sentence).size() / 5);
    }

    @Test
    void shortUtterancesSentFasterThanTheyDecodePauseReadingAndStillGetEveryFinalInOrder() throws Exception {
        List<String> phrases = List.of("please call me back", "the order shipped today", "we need more time", "see you next week");
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        for (String phrase : phrases) {
            audio.writeBytes(Wav.pcmData(tts(phrase)));
            audio.writeBytes(new byte[2 * RATE * PAUSE_BETWEEN_UTTERANCES_MILLIS / 1000]);
        }
        byte[] pcm = audio.toByteArray();
        BridgeSocket socket = BRIDGE.stt().send(message("init"));
        String sessionId = socket.nextJson().path("session_id").asText();
        for (int at = 0; at < pcm.length; at += REAL_TIME_CHUNK_BYTES) {
            socket.sendBinary(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + REAL_TIME_CHUNK_BYTES)));
        }
        socket.send(message("close"));
        BridgeSocket other = BRIDGE.stt().send(message("init"));
        assertThat(other.nextJson().path("type").asText()).as("another connection is served meanwhile").isEqualTo("ready");
        other.close();

        List<String> finals = new ArrayList<>();
        while (finals.size() < phrases.size()) {
            String heard = nextFinal(socket).path("transcript").asText();
            if (!heard.isEmpty()) {
                finals.add(heard);
            }
        }
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        StreamSessionRecord record = SANDBOX.sandbox().streams().all().stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow();
        System.out.printf("Finals: %s; reading paused %d time(s)%n", finals, record.readPauses());
        assertThat(record.readPauses()).isPositive();
        assertThat(record.audioBytesReceived()).isEqualTo(pcm.length);
        String said = String.join(" ", phrases);
        assertThat(WordErrorRate.errors(said, String.join(" ", finals))).isLessThanOrEqualTo(WordErrorRate.words(said).size() / 4);
    }

    @Test
    void finalWordsCarryTheRecognisersTimesFromTheStartOfTheStream() throws Exception {
        byte[] first = Wav.pcmData(tts("thank you very much"));
        byte[] before = speechOnly(Wav.pcmData(tts("please update the price list")));
        byte[] after = speechOnly(Wav.pcmData(tts("before the conference")));
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        audio.writeBytes(first);
        audio.writeBytes(new byte[2 * RATE * PAUSE_BETWEEN_UTTERANCES_MILLIS / 1000]);
        audio.writeBytes(before);
        double gapStart = audio.size() / (2.0 * RATE);
        audio.writeBytes(new byte[2 * RATE * PAUSE_WITHIN_UTTERANCE_MILLIS / 1000]);
        double gapEnd = audio.size() / (2.0 * RATE);
        audio.writeBytes(after);
        byte[] pcm = audio.toByteArray();
        BridgeSocket socket = BRIDGE.stt().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.sendBinary(pcm);
        socket.send(message("close"));

        JsonNode firstFinal = nextFinal(socket);
        JsonNode secondFinal = nextFinal(socket);
        System.out.printf("Words: %s%n       %s; the pause is %.3f-%.3f s%n", firstFinal.path("words"), secondFinal.path("words"), gapStart,
                gapEnd);
        double pauseMiddle = (gapStart + gapEnd) / 2;
        double pauseLeft = 0;
        double previousEnd = 0;
        for (JsonNode word : secondFinal.path("words")) {
            double start = word.path("start").asDouble();
            assertThat(start).isGreaterThanOrEqualTo(previousEnd).isLessThan(word.path("end").asDouble());
            if (previousEnd <= pauseMiddle && start >= pauseMiddle) {
                pauseLeft = start - previousEnd;
            }
            previousEnd = word.path("end").asDouble();
        }
        assertThat(pauseLeft).as("the pause between the words around it").isGreaterThan(PAUSE_LEFT_BETWEEN_WORDS_SECONDS);
        assertThat(secondFinal.path("words").path(0).path("start").asDouble()).isGreaterThan(first.length / (2.0 * RATE));
        assertThat(previousEnd).isLessThanOrEqualTo(pcm.length / (2.0 * RATE));
        assertThat(secondFinal.path("words"))
                .anySatisfy(word -> assertThat(word.path("end").asDouble()).isCloseTo(gapStart, within(BOUNDARY_SLACK_SECONDS)))
                .anySatisfy(word -> assertThat(word.path("start").asDouble()).isCloseTo(gapEnd, within(BOUNDARY_SLACK_SECONDS)));
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
    }

    /** The audio from the first to the last sample that is not near silence. */
    private static byte[] speechOnly(byte[] pcm) {
        ShortBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int first = 0;
        int last = samples.limit() - 1;
        while (first < last && Math.abs(samples.get(first)) < NEAR_SILENCE) {
            first++;
        }
        while (last > first && Math.abs(samples.get(last)) < NEAR_SILENCE) {
            last--;
        }
        return Arrays.copyOfRange(pcm, 2 * first, 2 * (last + 1));
    }

    private static JsonNode nextFinal(BridgeSocket socket) throws InterruptedException {
        return nextFinal(socket, new ArrayList<>());
    }

    /** The next final; the partials before it are added to {@code partials}. */
    private static JsonNode nextFinal(BridgeSocket socket, List<String> partials) throws InterruptedException {
        long deadline = System.currentTimeMillis() + FINAL_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            BridgeSocket.Received message = socket.poll(deadline - System.currentTimeMillis());
            if (message != null && "final_transcript".equals(message.type())) {
                return message.json();
            }
            if (message != null && "partial_transcript".equals(message.type())) {
                partials.add(message.json().path("transcript").asText());
            }
        }
        throw new AssertionError("No final transcript within " + FINAL_WAIT_MILLIS + " ms");
    }

    private static byte[] tts(String text) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request("/v1/bridges/unmute/tts/slng/deepgram/aura:2-en")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.createObjectNode().put("text", text).toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String stt(byte[] audio, int sampleRate) throws Exception {
        HttpResponse<byte[]> response = sttResponse(audio, sampleRate);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return MAPPER.readTree(response.body()).path("alternatives").path(0).path("transcript").asText();
    }

    private static HttpResponse<byte[]> sttResponse(byte[] audio, int sampleRate) throws Exception {
        String body = MAPPER.createObjectNode().put("audio", Base64.getEncoder().encodeToString(audio))
                .put("sample_rate", String.valueOf(sampleRate)).toString();
        return HTTP.send(request("/v1/bridges/unmute/stt/slng/openai/whisper:large-v3").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(SANDBOX.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + SANDBOX.apiKey()).header("Content-Type", "application/json");
    }
}
