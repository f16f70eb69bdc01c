package dev.camelslng.sandbox;

import dev.camelslng.sandbox.engine.EngineKind;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox until the process is killed:
 * {@code java dev.camelslng.sandbox.SlngSandboxMain [--host 127.0.0.1] [--port 8089] [--api-key KEY] [--any-model]
 * [--recorded-requests 1000] [--binary-audio] [--utterance-end] [--engine tone|real]}.
 * The key defaults to the environment variable {@code SLNG_API_KEY}, else a generated one.
 * Only a generated key is printed: a key the user chose may be a real SLNG key, which must not reach a terminal log.
 */
public final class SlngSandboxMain {

    private static final int DEFAULT_PORT = 8089;
    private static final String USAGE = "Usage: SlngSandboxMain [--host 127.0.0.1] [--port 8089] [--api-key KEY] [--any-model]"
                                        + " [--recorded-requests 1000] [--binary-audio] [--utterance-end] [--engine tone|real] [--help]\n"
                                        + "Serves the unified bridge over HTTP (POST) and WebSocket (ws://, GET upgrade) on one port:\n"
                                        + "  /v1/bridges/unmute/tts/{model}  /v1/bridges/unmute/stt/{model}\n"
                                        + "  --binary-audio   WebSocket TTS audio as binary frames instead of JSON audio_chunk\n"
                                        + "  --utterance-end  WebSocket STT sends utterance_end after each final ended by silence\n"
                                        + "  --engine         tone (default: exact, instant, not speech) or real (FreeTTS + Sphinx4,"
                                        + " offline; -Xmx384m)\n"
                                        + "Faults (HTTP and WebSocket): POST /_sandbox/faults, DELETE /_sandbox/faults";

    private SlngSandboxMain() {
    }

    /** What the command line asked for. */
    record CommandLine(SlngSandbox.Builder builder, boolean keyChosen, boolean help) {
    }

    /**
     * Starts the sandbox and blocks.
     *
     * @param  args                 {@code --host}, {@code --port} (0 = a free port), {@code --api-key}, {@code --any-model}
     *                              (serve any well-formed model id), {@code --recorded-requests} (how many to keep),
     *                              {@code --binary-audio}, {@code --utterance-end} (WebSocket bridge options),
     *                              {@code --engine tone|real}, {@code --help}
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        CommandLine command;
        try {
            command = parse(args, System.getenv("SLNG_API_KEY"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (command.help()) {
            System.out.println(USAGE);
            return;
        }
        SlngSandbox sandbox = command.builder().build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "slng-sandbox-shutdown"));
        System.out.println("SLNG sandbox listening on " + sandbox.baseUrl());
        System.out.println("API key: " + (command.keyChosen() ? "the one given (SLNG_API_KEY or --api-key)" : sandbox.apiKey()));
        stopped.await();
    }

    /**
     * Reads the command line.
     *
     * @param  args                     the arguments
     * @param  envKey                   the value of {@code SLNG_API_KEY}, may be null
     * @return                          the configured builder
     * @throws IllegalArgumentException for an unknown option, a missing or an invalid value
     */
    static CommandLine parse(String[] args, String envKey) {
        SlngSandbox.Builder builder = SlngSandbox.builder().port(DEFAULT_PORT);
        boolean keyChosen = envKey != null && !envKey.isBlank();
        if (keyChosen) {
            builder.apiKey(envKey);
        }
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help" -> {
                    return new CommandLine(builder, keyChosen, true);
                }
                case "--any-model" -> builder.acceptAnyModelId(true);
                case "--binary-audio" -> builder.streamBinaryAudio(true);
                case "--utterance-end" -> builder.streamUtteranceEnd(true);
                case "--host" -> builder.host(value(args, ++i, option));
                case "--port" -> builder.port(number(args, ++i, option));
                case "--engine" -> builder.engine(EngineKind.of(value(args, ++i, option)));
                case "--recorded-requests" -> builder.recordedRequestCapacity(number(args, ++i, option));
                case "--api-key" -> {
                    builder.apiKey(value(args, ++i, option));
                    keyChosen = true;
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new CommandLine(builder, keyChosen, false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value for " + option);
        }
        return args[index];
    }

    private static int number(String[] args, int index, String option) {
        String value = value(args, index, option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value, e);
        }
    }
}
