package dev.camelslng.examples.captioning;

import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.EnoughHeap;
import dev.camelslng.examples.support.Gateway;
import dev.camelslng.examples.support.GatewayInUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints live captions of a WAV recording streamed through {@code slng:stt-stream}. Without SLNG_API_KEY and
 * SLNG_BASE_URL it starts the local SLNG-compatible server in-process, so the example works with no account. See
 * {@link CommandLine#USAGE} for the options and exit statuses.
 */
public final class LiveCaptioning {

    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(LiveCaptioning.class);

    private LiveCaptioning() {
    }

    /** Always ends with {@code System.exit}: libraries' non-daemon threads must not keep a finished run alive. */
    public static void main(String[] args) {
        int status = EXIT_FAILED;
        try {
            status = run(args, System.getenv());
        } catch (RuntimeException | Error e) {
            // Not a mistake of the user's but a defect: its stack trace is wanted.
            LOG.error("Stopped by an unexpected failure", e);
        } finally {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CommandLine.USAGE);
            return EXIT_USAGE;
        }
        if (command.help()) {
            System.out.print(CommandLine.USAGE);
            return EXIT_OK;
        }
        try {
            Gateway requested = Gateway.fromEnvironment(env);
            if (EnoughHeap.lacking(requested)) {
                return EnoughHeap.runAgain(LiveCaptioning.class, args, LOG);
            }
            caption(requested, command);
            return EXIT_OK;
        } catch (CannotFinishException e) {
            LOG.error("Cannot caption {}: {}", command.wav(), e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Interrupted while captioning {}", command.wav());
            return EXIT_FAILED;
        }
    }

    private static void caption(Gateway requested, CommandLine command) throws InterruptedException {
        Recording.checked(command.wav());
        try (GatewayInUse gateway = GatewayInUse.open(requested, LOG)) {
            Captions captions = new Captions(System.out, command.partials());
            new CaptionStream(gateway.gateway(), captions, !command.fast(), command.partials()).caption(command.wav());
        }
    }
}
