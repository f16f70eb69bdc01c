package dev.camelslng.examples.filedrop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the example in a JVM of its own, as a user would, so that its exit status is real and "the JVM exits" is checked:
 * a run that is still alive after its time limit fails the test. SLNG_* variables of the test's own environment are not
 * passed on (a developer's real key must never reach these runs).
 */
final class AppProcess {

    private final Path workDir;
    private final Map<String, String> env;
    private final List<String> jvmOptions;

    AppProcess(Path workDir, Map<String, String> env, String... jvmOptions) {
        this.workDir = workDir;
        this.env = env;
        this.jvmOptions = List.of(jvmOptions);
    }

    /** What one run printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {

        List<String> stderrLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    Result run(Duration limit, String... args) throws IOException, InterruptedException {
        // Short runs: the C1 compiler and the serial collector start faster and spare the build machine's cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FileDropTranscription.class.getName()));
        command.addAll(List.of(args));
        File stdout = Files.createTempFile("file-drop-stdout", ".txt").toFile();
        File stderr = Files.createTempFile("file-drop-stderr", ".txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout).redirectError(stderr);
        builder.environment().keySet().removeIf(name -> name.startsWith("SLNG_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Still running after %s; it printed:%n%s%n%s", limit, Files.readString(stdout.toPath()),
                    Files.readString(stderr.toPath()));
        }
        Result result = new Result(process.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
        Files.delete(stdout.toPath());
        Files.delete(stderr.toPath());
        return result;
    }
}
