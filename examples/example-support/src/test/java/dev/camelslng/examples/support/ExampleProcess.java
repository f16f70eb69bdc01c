package dev.camelslng.examples.support;

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
 * Runs an example in a JVM of its own, as a user would, so that its exit status is real and "the JVM exits" is checked:
 * a run that is still alive after its time limit fails the test. SLNG_* variables of the test's own environment are not
 * passed on (a developer's real key must never reach these runs). Shared by the examples' tests (test-jar).
 */
public final class ExampleProcess {

    private final Path workDir;
    private final Map<String, String> env;
    private final List<String> launch;

    private ExampleProcess(Path workDir, Map<String, String> env, List<String> launch) {
        this.workDir = workDir;
        this.env = env;
        this.launch = launch;
    }

    /**
     * The built jar that the system property {@code app.jar} names (the build sets it: the tests run after packaging).
     *
     * @param  workDir    the run's working directory
     * @param  env        the run's SLNG_* variables
     * @param  jvmOptions more options for the JVM, e.g. {@code -Xmx128m}
     * @return            a launcher of {@code java <jvmOptions> -jar <app.jar>}
     */
    public static ExampleProcess ofAppJar(Path workDir, Map<String, String> env, String... jvmOptions) {
        String jar = System.getProperty("app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            fail("No runnable jar at app.jar=%s: run the tests with mvn verify, which packages it first", jar);
        }
        List<String> launch = new ArrayList<>(List.of(jvmOptions));
        launch.addAll(List.of("-jar", jar));
        return new ExampleProcess(workDir, env, launch);
    }

    /** What one run printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** @return what it printed on stdout, line by line */
        public List<String> stdoutLines() {
            return stdout.lines().toList();
        }

        /** @return what it printed on stderr, line by line, blank lines left out */
        public List<String> stderrLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** A run with nothing on its standard input. */
    public Result run(Duration limit, String... args) throws IOException, InterruptedException {
        return runWithInput(limit, "", args);
    }

    /** A run that reads {@code stdin} from its standard input. */
    public Result runWithInput(Duration limit, String stdin, String... args) throws IOException, InterruptedException {
        File stdout = Files.createTempFile("example-stdout", ".txt").toFile();
        File stderr = Files.createTempFile("example-stderr", ".txt").toFile();
        File input = Files.writeString(Files.createTempFile("example-stdin", ".txt"), stdin).toFile();
        Process process = processBuilder(args).redirectInput(input).redirectOutput(stdout).redirectError(stderr).start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                fail("Still running after %s; it printed:%n%s%n%s", limit, Files.readString(stdout.toPath()),
                        Files.readString(stderr.toPath()));
            }
            return new Result(process.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
        } finally {
            for (File file : List.of(stdout, stderr, input)) {
                Files.delete(file.toPath());
            }
        }
    }

    /**
     * Starts a run that goes on until it is stopped, e.g. a server.
     *
     * @param  args its arguments
     * @return      the running process, to stop
     */
    public RunningExample start(String... args) throws IOException {
        return new RunningExample(processBuilder(args));
    }

    /** {@code java} with the launch and the arguments, in the work folder, with the run's SLNG_* variables only. */
    private ProcessBuilder processBuilder(String... args) {
        // The C1 compiler and the serial collector start faster and spare the build machine's cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(launch);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SLNG_"));
        builder.environment().putAll(env);
        return builder;
    }
}
