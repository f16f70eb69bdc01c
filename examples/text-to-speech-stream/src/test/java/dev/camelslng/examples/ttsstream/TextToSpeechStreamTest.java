package dev.camelslng.examples.ttsstream;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.camelslng.examples.support.ExampleProcess;
import dev.camelslng.sandbox.engine.EngineKind;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.WordErrorRate;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/** The example as a user runs it, from its jar in a JVM of its own: the files it writes, what it prints, its exit status. */
class TextToSpeechStreamTest {

    private static final Duration QUICK = Duration.ofSeconds(15);
    private static final Duration WITH_RECONNECTS = Duration.ofSeconds(30);
    private static final int WAV_HEADER = 44;
    private static final List<String> LINES = List.of("hello world", "the quick brown fox", "see you tomorrow");
    private static final String TEXT = "hello world\n\nthe quick brown fox\n   \nsee you tomorrow\n";
    private static final String EMBEDDED = "No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server";
    /** The embedded server with the tone engine: the same audio as this test's sandbox, instant start. */
    private static final Map<String, String> TONE = Map.of("SLNG_LOCAL_ENGINE", "tone");
    /** Loading the real engine's models takes 5-25 s on a busy 2-core machine. */
    private static final Duration REAL_SPEECH = Duration.ofSeconds(120);
    private static final List<String> SPOKEN = List.of("the board approved the budget for next year",
            "do not forget the sales meeting on friday afternoon");

    /** The gateway named by SLNG_BASE_URL in the runs that do not use the embedded server. */
    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    @TempDir
    Path work;

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Usage: java -jar text-to-speech-stream.jar [--sample-rate N] <out-dir> [text-file]")
                .contains("SLNG_API_KEY", "SLNG_BASE_URL", "SLNG_ALLOW_PLAIN_HTTP");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aBadSampleRatePrintsTheProblemAndTheUsageToStderrAndExitsTwo() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "--sample-rate", "fast", "out");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("--sample-rate takes a positive number of Hz").contains("Usage: ");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void eachNonEmptyLineBecomesOneWavInLineOrder() throws Exception {
        Files.writeString(work.resolve("lines.txt"), TEXT);

        ExampleProcess.Result result = app(TONE).run(QUICK, "speech/out", "lines.txt");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactly(printed("speech/out", 1), printed("speech/out", 2),
                printed("speech/out", 3));
        for (int i = 1; i <= LINES.size(); i++) {
            byte[] wav = Files.readAllBytes(work.resolve("speech/out/" + i + ".wav"));
            assertThat(sampleRate(wav)).isEqualTo(16000);
            assertThat(pcm(wav)).as("%d.wav", i).isEqualTo(enginePcm(LINES.get(i - 1)));
        }
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains(EMBEDDED);
    }

    @Test
    void linesFromStandardInputAtEightKilohertz() throws Exception {
        ExampleProcess.Result result = app(TONE).runWithInput(QUICK, TEXT, "--sample-rate", "8000", "out");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).hasSize(3);
        for (int i = 1; i <= LINES.size(); i++) {
            byte[] wav = Files.readAllBytes(work.resolve("out/" + i + ".wav"));
            assertThat(sampleRate(wav)).isEqualTo(8000);
            assertThat(littleEndian(wav, 28)).as("byte rate").isEqualTo(16000);
            assertThat((double) pcm(wav).length).as("half the samples of 16 kHz")
                    .isCloseTo(enginePcm(LINES.get(i - 1)).length / 2.0, offset(4.0));
        }
    }

    /** Speech a person can play: valid WAVs of a plausible length, which a speech recogniser turns back into the lines. */
    @Test
    void byDefaultTheEmbeddedServerSpeaksForReal() throws Exception {
        ExampleProcess.Result result = app(Map.of()).runWithInput(REAL_SPEECH, String.join("\n", SPOKEN), "--sample-rate", "24000", "out");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).hasSize(SPOKEN.size());
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains(EMBEDDED).contains("real speech");
        SpeechEngine listener = EngineKind.REAL.create();
        StringBuilder heard = new StringBuilder();
        for (int i = 1; i <= SPOKEN.size(); i++) {
            byte[] wav = Files.readAllBytes(work.resolve("out/" + i + ".wav"));
            assertThat(sampleRate(wav)).isEqualTo(24000);
            double seconds = pcm(wav).length / (24000 * 2.0);
            assertThat(seconds).as("%d.wav plays for about 0.3 s a word", i).isBetween(1.5, 5.0);
            Transcriber transcriber = listener.newTranscriber();
            transcriber.feed(wav);
            heard.append(transcriber.result().text()).append(' ');
        }
        double wordErrorRate = WordErrorRate.of(String.join(" ", SPOKEN), heard.toString());
        System.out.printf("text-to-speech-stream, real speech: heard \"%s\", word error rate %.1f%%%n", heard.toString().trim(),
                100 * wordErrorRate);
        assertThat(wordErrorRate).as("heard %s", heard).isLessThanOrEqualTo(0.2);
    }

    @Test
    void streamDropsAreBridgedByTheComponentAndTheFilesStayByteIdentical() throws Exception {
        Files.writeString(work.resolve("lines.txt"), TEXT);
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).dropAfterFrames(10).times(3));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(WITH_RECONNECTS, "out", "lines.txt");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactly(printed("out", 1), printed("out", 2), printed("out", 3));
        for (int i = 1; i <= LINES.size(); i++) {
            assertThat(pcm(Files.readAllBytes(work.resolve("out/" + i + ".wav")))).as("%d.wav", i)
                    .isEqualTo(enginePcm(LINES.get(i - 1)));
        }
        assertThat(SANDBOX.sandbox().streams().of(SandboxRoute.TTS_STREAM)).as("three dropped connections, then one that held")
                .hasSize(4);
    }

    @Test
    void aMissingTextFileEndsTheRunWithOneLine() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "out", "no-such.txt");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).endsWith("Cannot speak the text: no such file: no-such.txt");
        assertThat(result.stdout()).isEmpty();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anOutDirThatIsAFileEndsTheRunWithOneLine() throws Exception {
        Files.writeString(work.resolve("lines.txt"), TEXT);
        Files.writeString(work.resolve("out"), "a file");

        ExampleProcess.Result result = app(Map.of()).run(QUICK, "out", "lines.txt");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot speak the text: cannot create the out-dir out");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aKeyTheGatewayRefusesEndsTheRunWithOneLine() throws Exception {
        Files.writeString(work.resolve("lines.txt"), TEXT);

        ExampleProcess.Result result = app(gatewayEnv("slng_cu_wrong")).run(QUICK, "out", "lines.txt");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot speak the text: ").contains("HTTP 401");
        assertThat(result.stderr()).doesNotContain("slng_cu_wrong").doesNotContain("\tat ");
        assertThat(result.stdout()).isEmpty();
    }

    private ExampleProcess app(Map<String, String> env) {
        return ExampleProcess.ofAppJar(work, env);
    }

    private static Map<String, String> gatewayEnv(String apiKey) {
        return Map.of("SLNG_BASE_URL", SANDBOX.sandbox().baseUrl(), "SLNG_API_KEY", apiKey);
    }

    /** What the example prints for a file it wrote: its path as given on the command line, and its size. */
    private String printed(String outDir, int number) throws Exception {
        Path file = Path.of(outDir, number + ".wav");
        return file + " (" + Files.size(work.resolve(file)) + " bytes)";
    }

    private static byte[] enginePcm(String text) {
        byte[] wav = SANDBOX.sandbox().engine().synthesize(text, null);
        return Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
    }

    /** The data of a canonical WAV, after checking its header says 16-bit PCM mono and the data's length. */
    private static byte[] pcm(byte[] wav) {
        assertThat(new String(wav, 0, 4, US_ASCII) + new String(wav, 8, 8, US_ASCII) + new String(wav, 36, 4, US_ASCII))
                .isEqualTo("RIFFWAVEfmt data");
        assertThat(ByteBuffer.wrap(wav, 20, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).as("PCM, mono").isEqualTo(0x10001);
        assertThat(ByteBuffer.wrap(wav, 34, 2).order(ByteOrder.LITTLE_ENDIAN).getShort()).as("bits").isEqualTo((short) 16);
        assertThat(littleEndian(wav, 40)).isEqualTo(wav.length - WAV_HEADER);
        assertThat(littleEndian(wav, 4)).isEqualTo(wav.length - 8);
        return Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
    }

    private static int sampleRate(byte[] wav) {
        return littleEndian(wav, 24);
    }

    private static int littleEndian(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
