package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The recordings shipped with the example, for a first run against the embedded local server. Never for a real gateway:
 * transcribing them there would cost the user money for nothing. They were spoken by the embedded server's real voice
 * (FreeTTS {@code kevin16}, 16 kHz mono WAV): "do not forget the sales meeting on friday afternoon", "our revenue grew
 * by twelve percent this quarter", "hello i am calling about my internet connection which keeps dropping".
 */
final class Samples {

    static final List<String> NAMES = List.of("meeting-reminder.wav", "quarterly-results.wav", "support-call.wav");

    private Samples() {
    }

    /** A first run against the embedded server: the inbox does not exist yet (call before creating it). */
    static boolean wanted(FileDropSettings settings) {
        return settings.gateway().needsEmbeddedServer() && !Files.exists(settings.inbox());
    }

    /** Copies the samples into the inbox, which must exist. */
    static void copyTo(Path inbox) {
        for (String sample : NAMES) {
            try (InputStream in = Samples.class.getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, inbox.resolve(sample));
            } catch (IOException e) {
                throw new CannotStartException("cannot copy the sample " + sample + " into " + inbox + ": " + e.getMessage());
            }
        }
    }
}
