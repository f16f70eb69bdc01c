package dev.camelslng.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local SLNG-compatible server ({@code SlngSandboxMain}) in a child JVM started from this JVM's class path, so its
 * threads and garbage never compete inside the measured JVM. The key goes through the environment, not the command line.
 */
final class SandboxProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.camelslng.sandbox.SlngSandboxMain";
    private static final String LISTENING = "SLNG sandbox listening on ";
    private static final long STOP_SECONDS = 10;

    private final Process process;
    private final String baseUrl;
    private final String apiKey;
    private final Thread killOnExit;

    private SandboxProcess(Process process, String baseUrl, String apiKey) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.killOnExit = new Thread(process::destroyForcibly, "sandbox-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the sandbox with its default (tone) engine on a free loopback port and returns once it listens. */
    static SandboxProcess start() throws IOException, InterruptedException {
        return start(List.of(), List.of());
    }

    /**
     * Starts the sandbox on a free loopback port and returns once it listens.
     *
     * @param jvmFlags   flags for the child JVM, e.g. its heap
     * @param serverArgs further {@code SlngSandboxMain} arguments, e.g. {@code --engine real}
     */
    static SandboxProcess start(List<String> jvmFlags, List<String> serverArgs) throws IOException, InterruptedException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String apiKey = "bench_" + HexFormat.of().formatHex(secret);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-D" + BenchmarkMain.LOG_LEVEL_PROPERTY + "=warn"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS, "--host", "127.0.0.1", "--port", "0"));
        command.addAll(serverArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("SLNG_API_KEY", apiKey);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith(LISTENING)) {
            line = out.readLine();
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IllegalStateException("The sandbox JVM ended before it listened (exit code " + process.waitFor() + ")");
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException e) {
                // the child is gone; nothing more to read
            }
        }, "sandbox-stdout");
        drain.setDaemon(true);
        drain.start();
        return new SandboxProcess(process, line.substring(LISTENING.length()).trim(), apiKey);
    }

    String baseUrl() {
        return baseUrl;
    }

    String apiKey() {
        return apiKey;
    }

    /** @return whether the server JVM is still running, i.e. did not crash mid-benchmark */
    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }
}
