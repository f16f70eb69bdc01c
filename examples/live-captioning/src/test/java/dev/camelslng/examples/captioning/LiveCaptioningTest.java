package dev.camelslng.examples.captioning;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.camelslng.examples.support.ExampleProcess;
import dev.camelslng.sandbox.engine.WordErrorRate;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/** The example as a user runs it, from its jar in a JVM of its own: what it prints, its exit status, that the JVM exits. */
class LiveCaptioningTest {

    private static final Duration QUICK = Duration.ofSeconds(10);
    private static final Duration WITH_RECONNECTS = Duration.ofSeconds(30);
    private static final List<String> SENTENCES = List.of("good morning everyone", "the meeting starts at noon",
            "please bring your notes");
    private static final List<String> FINALS = SENTENCES.stream().map(sentence -> "final: " + sentence).toList();
    private static final String EMBEDDED = "No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server";
    /** The embedded server with the tone engine: exact transcripts, instant start. */
    private static final Map<String, String> TONE = Map.of("SLNG_LOCAL_ENGINE", "tone");
    /** Loading the real engine's models takes 5-25 s on a busy 2-core machine. */
    private static final Duration REAL_SPEECH = Duration.ofSeconds(120);
    /** A recording spoken by FreeTTS, the two sentences 0.8 s apart: src/test/resources. */
    private static final List<String> SPOKEN = List.of("the board approved the budget for next year",
            "our revenue grew by twelve percent this quarter");

    /** The gateway named by SLNG_BASE_URL in the runs that do not use the embedded server. */
    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    @TempDir
    Path work;

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        for (String help : List.of("--help", "-h")) {
            ExampleProcess.Result result = app(Map.of()).run(QUICK, help);

            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout()).startsWith("Usage: java -jar live-captioning.jar [--fast] [--partials] <file.wav>")
                    .contains("SLNG_API_KEY", "SLNG_BASE_URL", "SLNG_ALLOW_PLAIN_HTTP");
            assertThat(result.stderr()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionPrintsTheProblemAndTheUsageToStderrAndExitsTwo() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "--bogus", "call.wav");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("Unknown option: --bogus").contains("Usage: java -jar live-captioning.jar");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void fastCaptioningWithTheEmbeddedServerPrintsExactlyTheFinalsAndExitsZero() throws Exception {
        ExampleProcess.Result result = app(TONE).run(QUICK, "--fast", recording().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactlyElementsOf(FINALS);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains(EMBEDDED);
    }

    /**
     * Measured where it matters, on the server: the audio frames arrive spread over the time the audio plays. Eight
     * seconds of it, since what is paced while the session connects (a second or more in a JVM just started on a busy
     * machine) arrives at once when it is ready, as a live source's would.
     */
    @Test
    void withoutFastTheAudioIsStreamedAtRealTimePace() throws Exception {
        List<String> sentences = Collections.nCopies(4, SENTENCES).stream().flatMap(List::stream).toList();
        Path recording = Files.write(work.resolve("long.wav"), Speech.wav(SANDBOX.sandbox().engine(),
                sentences.toArray(String[]::new)));
        Duration audio = Duration.ofMillis((Files.size(recording) - 44) * 1000 / (16000 * 2));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(WITH_RECONNECTS, recording.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactlyElementsOf(sentences.stream().map(s -> "final: " + s).toList());
        // Paced, the last frame leaves about one frame (128 ms) before the audio ends, less what queued while the session
        // connected; sent at once, every frame arrives within milliseconds.
        List<StreamSessionRecord> sessions = SANDBOX.sandbox().streams().of(SandboxRoute.STT_STREAM);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).audioSpan()).as("first to last audio frame on the server, for audio of %s", audio)
                .isGreaterThanOrEqualTo(audio.dividedBy(2));
    }

    @Test
    void partialsArePrintedBeforeTheirFinal() throws Exception {
        ExampleProcess.Result result = app(TONE).run(QUICK, "--fast", "--partials", recording().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).filteredOn(line -> line.startsWith("final: ")).containsExactlyElementsOf(FINALS);
        assertThat(result.stdoutLines()).allMatch(line -> line.startsWith("final: ") || line.startsWith("partial: "));
        assertThat(result.stdoutLines()).first(as(STRING)).startsWith("partial: good");
        assertThat(result.stdoutLines()).contains("partial: the meeting sta");
    }

    /** At real-time pace, as a live caption would come: partials while a sentence is spoken, then its final. */
    @Test
    void byDefaultTheEmbeddedServerHearsRealSpeech() throws Exception {
        Path recording = Path.of(getClass().getResource("/board-meeting.wav").toURI());

        ExampleProcess.Result result = app(Map.of()).run(REAL_SPEECH, "--partials", recording.toString());

        assertThat(result.exitCode()).isZero();
        List<String> finals = result.stdoutLines().stream().filter(line -> line.startsWith("final: ")).toList();
        String heard = String.join(" ", finals).replace("final: ", "");
        double wordErrorRate = WordErrorRate.of(String.join(" ", SPOKEN), heard);
        System.out.printf("live captioning, real speech: %s; word error rate of the finals %.1f%%%n", result.stdoutLines(),
                100 * wordErrorRate);
        assertThat(wordErrorRate).isLessThanOrEqualTo(0.2);
        assertThat(result.stdoutLines()).allMatch(line -> line.startsWith("final: ") || line.startsWith("partial: "))
                .first(as(STRING)).startsWith("partial: ");
        assertThat(result.stdoutLines()).last(as(STRING)).startsWith("final: ");
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains(EMBEDDED).contains("real speech");
    }

    @Test
    void streamDropsAreBridgedByTheComponentAndTheFinalsStayTheSame() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(8).times(3));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(WITH_RECONNECTS, "--fast",
                recording().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactlyElementsOf(FINALS);
        assertThat(SANDBOX.sandbox().streams().of(SandboxRoute.STT_STREAM)).as("three dropped connections, then one that held")
                .hasSize(4);
        assertThat(result.stderr()).doesNotContain(EMBEDDED);
    }

    @Test
    void aMissingFileEndsTheRunWithOneLine() throws Exception {
        ExampleProcess.Result result = app(Map.of()).run(QUICK, "no-such.wav");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).endsWith("Cannot caption no-such.wav: no such file");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aWavThatIsNotSixteenBitMonoEndsTheRunWithOneLine() throws Exception {
        Path stereo = Files.write(work.resolve("stereo.wav"), Speech.wav(new byte[6400], 16, 2));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(QUICK, stereo.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot caption " + stereo)
                .contains("16-bit PCM with 2 channels").contains("16-bit PCM mono");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aKeyTheGatewayRefusesEndsTheRunWithOneLine() throws Exception {
        ExampleProcess.Result result = app(gatewayEnv("slng_cu_wrong")).run(QUICK, "--fast", recording().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot caption ").contains("HTTP 401");
        assertThat(result.stderr()).doesNotContain("slng_cu_wrong").doesNotContain("\tat ");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aTransientGatewayErrorIsBridgedWithoutALine() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "upstream hiccup"));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(QUICK, "--fast", recording().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).containsExactlyElementsOf(FINALS);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aKeyRevokedMidStreamEndsTheRunWithOneLine() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("auth_error", "key revoked"));

        ExampleProcess.Result result = app(gatewayEnv(SANDBOX.sandbox().apiKey())).run(QUICK, "--fast", recording().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot caption ").contains("auth_error: key revoked");
    }

    /** The component's reconnects are bounded by the example: about 20 s, then one line saying who refused what. */
    @Test
    void aGatewayThatCannotBeReachedEndsTheRunWithOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ExampleProcess.Result result = app(Map.of("SLNG_BASE_URL", "http://127.0.0.1:" + closedPort, "SLNG_API_KEY", "slng_cu_any"))
                .run(Duration.ofSeconds(40), "--fast", recording().toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement(as(STRING)).contains("Cannot caption ")
                .contains("gave up after 5 reconnect attempts").contains("Connection refused");
        assertThat(result.stdout()).isEmpty();
    }

    private ExampleProcess app(Map<String, String> env) {
        return ExampleProcess.ofAppJar(work, env);
    }

    private static Map<String, String> gatewayEnv(String apiKey) {
        return Map.of("SLNG_BASE_URL", SANDBOX.sandbox().baseUrl(), "SLNG_API_KEY", apiKey);
    }

    private Path recording() throws Exception {
        return Files.write(work.resolve("meeting.wav"), Speech.wav(SANDBOX.sandbox().engine(), SENTENCES.toArray(String[]::new)));
    }
}
