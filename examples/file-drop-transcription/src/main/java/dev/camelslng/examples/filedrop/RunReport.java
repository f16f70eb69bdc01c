package dev.camelslng.examples.filedrop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;

/**
 * Keeps count of the recordings transcribed and failed, and gives each one's log line its facts: how long the recording
 * plays and how long it took, in the exchange property {@link #FACTS}, e.g. {@code audio 4.2 s, took 0.31 s}.
 */
public final class RunReport {

    static final String FACTS = "recordingFacts";
    private static final String AUDIO_LENGTH = "audioLength";
    private static final String STARTED_NANOS = "startedNanos";

    private final AtomicInteger transcribed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** At the start of a recording's route, while it is still in the inbox. */
    void started(Exchange exchange) {
        exchange.setProperty(STARTED_NANOS, System.nanoTime());
        String path = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        exchange.setProperty(AUDIO_LENGTH, path == null ? AudioLength.UNKNOWN : AudioLength.describe(Path.of(path)));
    }

    void transcribed(Exchange exchange) {
        transcribed.incrementAndGet();
        finished(exchange);
    }

    void failed(Exchange exchange) {
        failed.incrementAndGet();
        finished(exchange);
    }

    int failedCount() {
        return failed.get();
    }

    /** @return e.g. {@code 3 transcribed, 2 failed: see /data/failed} */
    String summary(Path failedFolder) {
        return transcribed.get() + " transcribed, " + failed.get() + " failed: see " + failedFolder;
    }

    private static void finished(Exchange exchange) {
        Long started = exchange.getProperty(STARTED_NANOS, Long.class);
        String took = started == null ? AudioLength.UNKNOWN
                : String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - started) / 1e9);
        exchange.setProperty(FACTS, "audio " + exchange.getProperty(AUDIO_LENGTH, AudioLength.UNKNOWN, String.class)
                                    + ", took " + took);
    }
}
