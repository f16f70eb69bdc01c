package dev.camelslng.examples.filedrop;

import java.nio.file.Files;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Picks the name under which a recording and its transcripts are kept. Camel's file consumer replaces a file of the same
 * name in the move target, so a recording dropped again under a used name would wipe the earlier original; here it
 * becomes {@code name-2.wav} (and {@code name-2.txt}) instead.
 */
final class ArchiveNames implements Processor {

    /** The name of the original in done/ or failed/, e.g. {@code call-2.wav}. */
    static final String STORED_NAME = "storedName";
    /** The name of the transcripts in the outbox, without extension, e.g. {@code call-2}. */
    static final String BASE_NAME = "baseName";

    private final FileDropSettings settings;

    ArchiveNames(FileDropSettings settings) {
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String base = stem;
        for (int n = 2; taken(base, extension); n++) {
            base = stem + "-" + n;
        }
        exchange.setProperty(BASE_NAME, base);
        exchange.setProperty(STORED_NAME, base + extension);
    }

    private boolean taken(String base, String extension) {
        return Files.exists(settings.done().resolve(base + extension)) || Files.exists(settings.failed().resolve(base + extension))
               || Files.exists(settings.outbox().resolve(base + ".txt")) || Files.exists(settings.outbox().resolve(base + ".json"));
    }
}
