package dev.camelslng.examples.filedrop;

import java.nio.file.Path;
import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.EnoughHeap;
import dev.camelslng.examples.support.ExampleRun;
import dev.camelslng.examples.support.Gateway;
import dev.camelslng.examples.support.GatewayInUse;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the file-drop transcription example with camel-main. Without SLNG_API_KEY and SLNG_BASE_URL it starts the local
 * SLNG-compatible server in-process, with real speech unless SLNG_LOCAL_ENGINE=tone, so the example works with no
 * account. {@code --once} transcribes what is in the inbox and exits once idle; otherwise it keeps watching until
 * stopped. See {@link CommandLine#USAGE} for the exit statuses.
 */
public final class FileDropTranscription {

    private static final int EXIT_CANNOT_START = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FileDropTranscription.class);
    private static final int IDLE_SECONDS_BEFORE_EXIT = 3;
    /** Enough for the longest recording the real engine decodes, 20 MB of PCM (about ten minutes at 16 kHz). */
    private static final long SLOW_GATEWAY_TIMEOUT_MILLIS = 600_000;

    private FileDropTranscription() {
    }

    /** Runs the example; the JVM always ends with {@code System.exit}. */
    public static void main(String[] args) {
        ExampleRun.exit(LOG, () -> run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        return ExampleRun.run(args, CommandLine::parse, CommandLine::help, CommandLine.USAGE,
                command -> runTranscription(args, env, command));
    }

    private static int runTranscription(String[] args, Map<String, String> env, CommandLine command) {
        try {
            FileDropSettings settings = FileDropSettings.fromEnvironment(env, Path.of(""));
            if (EnoughHeap.lacking(settings.gateway())) {
                return EnoughHeap.runAgain(FileDropTranscription.class, args, LOG);
            }
            return transcribe(settings, command.once());
        } catch (CannotStartException | CannotFinishException e) {
            LOG.error("Cannot start: {}", e.getMessage());
            return EXIT_CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Interrupted");
            return ExampleRun.EXIT_FAILED;
        }
    }

    private static int transcribe(FileDropSettings requested, boolean once) {
        boolean seed = Samples.wanted(requested);
        Folders.prepare(requested);
        RunReport report = new RunReport();
        try (GatewayInUse gateway = GatewayInUse.open(requested.gateway(), LOG)) {
            FileDropSettings settings = requested.withGateway(gateway.gateway());
            if (seed) {
                Samples.copyTo(settings.inbox());
                LOG.info("Created {} with {} sample recordings", settings.inbox(), Samples.NAMES.size());
            }
            LOG.info("Watching {} for recordings; transcripts go to {}, originals to {}, failures to {}", settings.inbox(),
                    settings.outbox(), settings.done(), settings.failed());
            runCamel(settings, once, report, gateway.decodesSlowly());
        }
        if (report.failedCount() > 0) {
            LOG.warn(report.summary(requested.failed()));
            return ExampleRun.EXIT_FAILED;
        }
        LOG.info("Done. Transcripts (<name>.txt, <name>.json) are in {}", requested.outbox());
        return ExampleRun.EXIT_OK;
    }

    private static void runCamel(FileDropSettings settings, boolean once, RunReport report, boolean slowGateway) {
        Main main = new Main();
        Gateway gateway = settings.gateway();
        if (gateway.baseUrl() != null) {
            main.addInitialProperty("camel.component.slng.baseUrl", gateway.baseUrl());
        }
        if (gateway.apiKey() != null) {
            main.addInitialProperty("camel.component.slng.apiKey", gateway.apiKey());
        }
        if (gateway.allowPlainHttp()) {
            main.addInitialProperty("camel.component.slng.allowPlainHttp", "true");
        }
        if (slowGateway) {
            // the component's 60 s for an answer would fail recordings longer than about three minutes
            main.addInitialProperty("camel.component.slng.responseTimeout", String.valueOf(SLOW_GATEWAY_TIMEOUT_MILLIS));
            main.addInitialProperty("camel.component.slng.callTimeout", String.valueOf(SLOW_GATEWAY_TIMEOUT_MILLIS));
        }
        if (once) {
            main.configure().setDurationMaxIdleSeconds(IDLE_SECONDS_BEFORE_EXIT);
        }
        main.addMainListener(new GatewayCheck());
        main.configure().addRoutesBuilder(new TranscriptionRoutes(settings, report));
        try {
            main.run();
        } catch (Exception e) {
            // Marked completed, camel-main's shutdown hook stays quiet when System.exit runs it (else it reports a SIGTERM).
            main.completed();
            main.stop();
            throw CannotStartException.from(e);
        }
    }
}
