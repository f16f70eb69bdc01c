package dev.camelslng.examples.captioning;

import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.EnoughHeap;
import dev.camelslng.examples.support.ExampleRun;
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

    private static final Logger LOG = LoggerFactory.getLogger(LiveCaptioning.class);

    private LiveCaptioning() {
    }

    /** Runs the example; the JVM always ends with {@code System.exit}. */
    public static void main(String[] args) {
        ExampleRun.exit(LOG, () -> run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        return ExampleRun.run(args, CommandLine::parse, CommandLine::help, CommandLine.USAGE,
                command -> runCaptioning(args, env, command));
    }

    private static int runCaptioning(String[] args, Map<String, String> env, CommandLine command) {
        try {
            Gateway requested = Gateway.fromEnvironment(env);
            if (EnoughHeap.lacking(requested)) {
                return EnoughHeap.runAgain(LiveCaptioning.class, args, LOG);
            }
            caption(requested, command);
            return ExampleRun.EXIT_OK;
        } catch (CannotFinishException e) {
            LOG.error("Cannot caption {}: {}", command.wav(), e.getMessage());
            return ExampleRun.EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Interrupted while captioning {}", command.wav());
            return ExampleRun.EXIT_FAILED;
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
