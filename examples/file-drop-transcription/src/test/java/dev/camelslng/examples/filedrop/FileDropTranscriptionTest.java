package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelslng.examples.support.ExampleProcess;
import dev.camelslng.sandbox.engine.WordErrorRate;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The example as a user runs it, the built jar in a JVM of its own ({@code java -jar target/file-drop-transcription.jar}):
 * what it prints, its exit status, and that the JVM exits.
 */
class FileDropTranscriptionTest {

    private static final Duration QUICK = Duration.ofSeconds(10);
    private static final Duration A_FEW_RECORDINGS = Duration.ofSeconds(40);
    /** Loading the real engine's models takes 5-25 s on a busy 2-core machine, decoding a sample 1-7 s. */
    private static final Duration REAL_SPEECH = Duration.ofSeconds(150);
    private static final List<String> VARIABLES = List.of("SLNG_API_KEY", "SLNG_BASE_URL", "SLNG_INBOX", "SLNG_OUTBOX",
            "SLNG_DONE", "SLNG_FAILED", "SLNG_LOCAL_ENGINE");
    /** What each shipped sample says (see {@link Samples}). */
    private static final Map<String, String> SAMPLES_SAY = Map.of(
            "meeting-reminder", "do not forget the sales meeting on friday afternoon",
            "quarterly-results", "our revenue grew by twelve percent this quarter",
            "support-call", "hello i am calling about my internet connection which keeps dropping");

    /** One line per recording: its name, how long it plays (2.8 to 3.7 s for each sample), how long it took. */
    private static final String TRANSCRIBED_LINE = "Transcribed [a-z-]+\\.wav \\(audio (2\\.[89]|3\\.[0-7]) s, took \\d+\\.\\d\\d s\\) -> ";

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    @TempDir
    Path work;

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        for (String help : List.of("--help", "-h")) {
            ExampleProcess.Result result = app(Map.of()).run(QUICK, help);

            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout()).contains("--once").contains(VARIABLES);
            assertThat(result.stderr()).isEmpty();
        }
        assertThat(work.resolve("file-drop")).as("nothing started").doesNotExist();
    }

    @Test
    void anUnknownFlagPrintsTheUsageToStderrAndExitsTwo() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "--once", "--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("Unknown argument: --bogus").contains("--once").contains(VARIABLES);
        assertThat(result.stdout()).isEmpty();
        assertThat(work.resolve("file-drop")).as("nothing started").doesNotExist();
    }

    @Test
    void anInboxThatIsAFileStopsTheStartWithOneLine() throws Exception {
        Path file = Files.writeString(work.resolve("inbox.txt"), "not a folder");

        ExampleProcess.Result result = app(Map.of("SLNG_INBOX", file.toString())).run(QUICK, "--once");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderrLines()).singleElement(as(STRING))
                .contains("Cannot start: SLNG_INBOX " + file + " is a file, not a folder");
        assertThat(work.resolve("file-drop")).as("no folder created, no sample seeded").doesNotExist();
    }

    @Test
    void aBaseUrlThatIsNotAUrlStopsTheStartWithOneLine() throws Exception {
        ExampleProcess.Result result = app(Map.of("SLNG_BASE_URL", "not-a-url")).run(QUICK, "--once");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderrLines()).singleElement(as(STRING))
                .contains("Cannot start: SLNG_BASE_URL is not an http:// or https:// URL");
    }

    /** The component refuses these when its endpoint starts: credentials in the URL, the key in clear to a remote host. */
    @ParameterizedTest
    @ValueSource(strings = {"http://someone:pw-in-url@127.0.0.1:9", "http://gateway.example.com"})
    void aGatewayAddressTheComponentRefusesEndsTheStartWithOneLine(String refused) throws Exception {
        ExampleProcess.Result result = app(Map.of("SLNG_BASE_URL", refused, "SLNG_API_KEY", "slng_cu_right_or_wrong"))
                .run(QUICK, "--once");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderrLines()).filteredOn(line -> line.contains(" ERROR ")).singleElement(as(STRING))
                .contains("Cannot start: ").contains("baseUrl");
        assertThat(result.stderr()).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("pw-in-url")
                .doesNotContain("slng_cu_right_or_wrong");
    }

    @Test
    void onceWithAWrongKeyKeepsEveryRecordingInFailedAndExitsOne() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("drop"));
        Files.write(inbox.resolve("a-call.wav"), speech("call me back"));
        Files.write(inbox.resolve("b-memo.wav"), speech("buy more coffee"));
        Path failed = work.resolve("file-drop/failed");

        ExampleProcess.Result result = app(Map.of("SLNG_BASE_URL", SANDBOX.sandbox().baseUrl(), "SLNG_API_KEY", "slng_cu_wrong",
                "SLNG_INBOX", inbox.toString())).run(A_FEW_RECORDINGS, "--once");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).last(as(STRING)).endsWith("0 transcribed, 2 failed: see " + failed);
        assertThat(names(failed)).containsExactlyInAnyOrder("a-call.wav", "a-call.wav.error.txt", "b-memo.wav",
                "b-memo.wav.error.txt");
        assertThat(failed.resolve("a-call.wav")).hasBinaryContent(speech("call me back"));
        assertThat(Files.readString(failed.resolve("a-call.wav.error.txt"))).contains("401").doesNotContain("slng_cu_wrong")
                .doesNotContainPattern("\\?\\S*=");
        assertThat(names(inbox)).as("no sample seeded for a real gateway").isEmpty();
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.STT)).isEqualTo(2);
        assertThat(result.stderrLines()).filteredOn(line -> line.contains("a-call.wav")).singleElement(as(STRING))
                .containsPattern("Could not transcribe a-call\\.wav \\(audio \\d+\\.\\d s, took \\d+\\.\\d\\d s\\)").contains("HTTP 401");
        assertThat(result.stderr()).doesNotContain("Done.").doesNotContain("slng_cu_wrong");
    }

    /**
     * The README's first command, {@code java -jar file-drop-transcription.jar --once}: real speech by default. The JVM is
     * given less heap than the real engine needs, as {@code java -jar} gives on a small machine: the jar runs itself again
     * with enough.
     */
    @Test
    void onceWithTheEmbeddedServerTranscribesTheSamplesForRealAndExitsZero() throws Exception {
        ExampleProcess.Result result = ExampleProcess.ofAppJar(work, Map.of(), "-Xmx128m").run(REAL_SPEECH, "--once");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderrLines()).first(as(STRING)).contains("needs more heap than this JVM's").contains("-Xmx384m");
        assertThat(result.stderrLines()).filteredOn(line -> line.contains("embedded local SLNG-compatible server"))
                .singleElement(as(STRING)).contains("real speech");
        assertThat(names(work.resolve("file-drop/done"))).containsExactlyInAnyOrderElementsOf(Samples.NAMES);
        for (Map.Entry<String, String> sample : SAMPLES_SAY.entrySet()) {
            String heard = Files.readString(work.resolve("file-drop/outbox/" + sample.getKey() + ".txt"));
            double wordErrorRate = WordErrorRate.of(sample.getValue(), heard);
            System.out.printf("file-drop, real speech: %s.wav heard \"%s\", word error rate %.1f%%%n", sample.getKey(), heard,
                    100 * wordErrorRate);
            assertThat(wordErrorRate).as("%s heard as %s", sample.getKey(), heard).isLessThanOrEqualTo(0.2);
            assertThat(result.stderrLines()).filteredOn(line -> line.contains(sample.getKey() + ".wav")).singleElement(as(STRING))
                    .containsPattern(TRANSCRIBED_LINE).endsWith(": \"" + heard + "\"");
        }
        assertThat(result.stderrLines()).last(as(STRING)).contains("Done. Transcripts (<name>.txt, <name>.json) are in "
                                                                   + work.resolve("file-drop/outbox"));
    }

    @Test
    void theToneEngineTranscribesWhatItSpoke() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("drop"));
        Files.write(inbox.resolve("memo.wav"), speech("buy more coffee"));

        ExampleProcess.Result result = app(Map.of("SLNG_LOCAL_ENGINE", "tone", "SLNG_INBOX", inbox.toString()))
                .run(A_FEW_RECORDINGS, "--once");

        assertThat(result.exitCode()).isZero();
        assertThat(work.resolve("file-drop/outbox/memo.txt")).hasContent("buy more coffee");
        assertThat(result.stderrLines()).filteredOn(line -> line.contains("embedded local SLNG-compatible server"))
                .singleElement(as(STRING)).contains("tone engine: SLNG_LOCAL_ENGINE=tone");
    }

    private ExampleProcess app(Map<String, String> env) {
        return ExampleProcess.ofAppJar(work, env);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static byte[] speech(String text) {
        return SANDBOX.sandbox().engine().synthesize(text, null);
    }
}
