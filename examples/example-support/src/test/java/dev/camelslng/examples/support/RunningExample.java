package dev.camelslng.examples.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * An example started by {@link ExampleProcess#start(String...)} that runs until stopped, as a user stops it: SIGTERM
 * (Ctrl-C's signal in a service manager), then it must exit by itself within a time limit. Always stopped by
 * {@link #close()}, so that a failed test leaves no process behind.
 */
public final class RunningExample implements AutoCloseable {

    private final File stdout;
    private final File stderr;
    private final Process process;

    RunningExample(ProcessBuilder builder) throws IOException {
        this.stdout = Files.createTempFile("example-stdout", ".txt").toFile();
        this.stderr = Files.createTempFile("example-stderr", ".txt").toFile();
        this.process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout).redirectError(stderr).start();
    }

    /** @return whether it still runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return what it printed on stdout and stderr so far, for a failure's message */
    public String output() throws IOException {
        return Files.readString(stdout.toPath()) + Files.readString(stderr.toPath());
    }

    /**
     * Sends SIGTERM and waits for the exit.
     *
     * @param  limit how long it may take to shut down
     * @return       how it ended and what it printed
     */
    public ExampleProcess.Result stop(Duration limit) throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Still running %s after SIGTERM; it printed:%n%s", limit, output());
        }
        return new ExampleProcess.Result(process.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
    }

    /** Kills it if a test left it running, and deletes what it printed. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(stdout.toPath());
        Files.deleteIfExists(stderr.toPath());
    }
}
