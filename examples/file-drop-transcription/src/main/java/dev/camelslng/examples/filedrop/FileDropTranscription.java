package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.camelslng.sandbox.SlngSandbox;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the file-drop transcription example with camel-main. Without SLNG_API_KEY and SLNG_BASE_URL it starts the local
 * SLNG-compatible server in-process, so the example works with no account. {@code --once} transcribes what is in the
 * inbox and exits once idle; otherwise it keeps watching until stopped.
 */
public final class FileDropTranscription {

    static final List<String> SAMPLES = List.of("meeting-reminder.wav", "quarterly-results.wav", "support-call.wav");
    private static final Logger LOG = LoggerFactory.getLogger(FileDropTranscription.class);
    private static final int IDLE_SECONDS_BEFORE_EXIT = 3;

    private FileDropTranscription() {
    }

    public static void main(String[] args) throws Exception {
        FileDropSettings settings = FileDropSettings.fromEnvironment(System.getenv(), Path.of(""));
        SlngSandbox sandbox = null;
        if (settings.needsEmbeddedServer()) {
            sandbox = SlngSandbox.builder().build();
            sandbox.start();
            settings = settings.withGateway(sandbox.baseUrl(), sandbox.apiKey());
            LOG.info("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server at {}",
                    sandbox.baseUrl());
        }
        seedSamples(settings.inbox());
        LOG.info("Watching {} for recordings; transcripts go to {}, originals to {}, failures to {}", settings.inbox(),
                settings.outbox(), settings.done(), settings.failed());

        Main main = new Main();
        if (settings.baseUrl() != null) {
            main.addInitialProperty("camel.component.slng.baseUrl", settings.baseUrl());
        }
        if (settings.apiKey() != null) {
            main.addInitialProperty("camel.component.slng.apiKey", settings.apiKey());
        }
        if (List.of(args).contains("--once")) {
            main.configure().setDurationMaxIdleSeconds(IDLE_SECONDS_BEFORE_EXIT);
        }
        main.configure().addRoutesBuilder(new TranscriptionRoutes(settings));
        try {
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.stop();
            }
        }
        LOG.info("Done. Transcripts (<name>.txt, <name>.json) are in {}", settings.outbox());
    }

    /** On the first run the inbox does not exist yet: fill it with the shipped sample recordings. */
    static void seedSamples(Path inbox) throws IOException {
        if (Files.isDirectory(inbox)) {
            return;
        }
        Files.createDirectories(inbox);
        for (String sample : SAMPLES) {
            try (InputStream in = FileDropTranscription.class.getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, inbox.resolve(sample));
            }
        }
        LOG.info("Created {} with {} sample recordings", inbox, SAMPLES.size());
    }
}
