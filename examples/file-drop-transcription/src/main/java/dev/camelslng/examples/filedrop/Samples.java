package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The recordings shipped with the example, for a first run against the embedded local server. */
final class Samples {

    static final List<String> NAMES = List.of("meeting-reminder.wav", "quarterly-results.wav", "support-call.wav");

    private Samples() {
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
