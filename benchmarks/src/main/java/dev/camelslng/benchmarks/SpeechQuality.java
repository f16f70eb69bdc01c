package dev.camelslng.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The speech quality phase: a second sandbox JVM with the real offline engine (FreeTTS speaks, Sphinx4 listens), and
 * through the component every sentence of {@value #SENTENCES} spoken once by {@code slng:tts}, then transcribed by
 * {@code slng:stt} (HTTP) and by {@code slng:stt-stream?replyWithResult=true} (the STT bridge), one call at a time.
 */
final class SpeechQuality {

    static final String SENTENCES = "/speech-quality-sentences.txt";
    /** What docs/offline-speech.md plans for the real engine (256 MB is the least that worked). */
    static final String SANDBOX_HEAP = "-Xmx384m";
    /** Spoken and transcribed once before the measured sentences, so that no figure pays for the client's JIT. */
    static final String WARM_UP = "thank you for calling, how can i help you today";

    private SpeechQuality() {
    }

    static SpeechQualityFigures measure() throws Exception {
        long start = System.nanoTime();
        List<String> sentences = sentences();
        try (SandboxProcess sandbox = SandboxProcess.start(List.of(SANDBOX_HEAP), List.of("--engine", "real"));
             CamelContender http = new CamelContender(sandbox.baseUrl(), sandbox.apiKey());
             CamelStreamTranscriber stream = new CamelStreamTranscriber(sandbox.baseUrl(), sandbox.apiKey())) {
            double startSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Speech quality: real-engine sandbox JVM listening after %.1f s%n", startSeconds);
            byte[] warmUp = http.speak(WARM_UP);
            http.transcribe(warmUp);
            stream.transcribe(warmUp);
            Tally overHttp = new Tally();
            Tally overStream = new Tally();
            for (String sentence : sentences) {
                byte[] wav = http.speak(sentence);
                double audio = audioSeconds(wav);
                long begin = System.nanoTime();
                String heardOverHttp = http.transcribe(wav);
                long httpNanos = System.nanoTime() - begin;
                begin = System.nanoTime();
                String heardOverStream = stream.transcribe(wav);
                long streamNanos = System.nanoTime() - begin;
                int httpErrors = overHttp.add(sentence, heardOverHttp, audio, httpNanos);
                int streamErrors = overStream.add(sentence, heardOverStream, audio, streamNanos);
                if (httpErrors + streamErrors > 0) {
                    System.out.printf("  said:   %s%n  http:   %s (%d)%n  stream: %s (%d)%n", sentence, heardOverHttp, httpErrors,
                            heardOverStream, streamErrors);
                }
            }
            if (!sandbox.isAlive()) {
                throw new IllegalStateException("The real-engine sandbox JVM ended during the speech quality phase");
            }
            return new SpeechQualityFigures(overHttp, overStream, startSeconds, (System.nanoTime() - start) / 1e9);
        }
    }

    static List<String> sentences() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(SpeechQuality.class.getResourceAsStream(SENTENCES),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    /** @return the seconds of PCM in a WAV: its data chunk's length over the byte rate in its fmt chunk */
    static double audioSeconds(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !"RIFF".equals(new String(wav, 0, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("slng:tts gave no WAV (" + wav.length + " bytes)");
        }
        int byteRate = 0;
        for (int at = 12; at + 8 <= wav.length; at += 8 + in.getInt(at + 4) + (in.getInt(at + 4) & 1)) {
            String chunk = new String(wav, at, 4, StandardCharsets.US_ASCII);
            if ("fmt ".equals(chunk)) {
                byteRate = in.getInt(at + 16);
            } else if ("data".equals(chunk) && byteRate > 0) {
                return (double) Math.min(in.getInt(at + 4), wav.length - at - 8) / byteRate;
            }
        }
        throw new IllegalStateException("slng:tts gave a WAV without fmt and data chunks");
    }
}
