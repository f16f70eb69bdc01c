package dev.camelslng.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox until the process is killed:
 * {@code java dev.camelslng.sandbox.SlngSandboxMain [--host 127.0.0.1] [--port 8089] [--api-key KEY]}. The key
 * defaults to the environment variable {@code SLNG_API_KEY}, else a generated one. Only a generated key is printed: a
 * key the user chose may be a real SLNG key, which must not reach a terminal log.
 */
public final class SlngSandboxMain {

    private static final int DEFAULT_PORT = 8089;

    private SlngSandboxMain() {
    }

    /**
     * Starts the sandbox and blocks.
     *
     * @param  args                 {@code --host}, {@code --port} (0 = a free port), {@code --api-key}
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        SlngSandbox.Builder builder = SlngSandbox.builder().port(DEFAULT_PORT);
        String envKey = System.getenv("SLNG_API_KEY");
        boolean keyChosen = envKey != null && !envKey.isBlank();
        if (keyChosen) {
            builder.apiKey(envKey);
        }
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> builder.host(value);
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--api-key" -> {
                    builder.apiKey(value);
                    keyChosen = true;
                }
                default -> usage("Unknown option " + option);
            }
        }
        SlngSandbox sandbox = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "slng-sandbox-shutdown"));
        System.out.println("SLNG sandbox listening on " + sandbox.baseUrl());
        System.out.println("API key: " + (keyChosen ? "the one given (SLNG_API_KEY or --api-key)" : sandbox.apiKey()));
        stopped.await();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: SlngSandboxMain [--host 127.0.0.1] [--port 8089] [--api-key KEY]");
        System.exit(2);
    }
}
