package dev.camelslng.component.inflight;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What one endpoint has done, for the dev console: exchanges, failures, retries and the last error. */
public final class CallStatistics {

    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private volatile LastError lastError;

    public void started() {
        exchanges.incrementAndGet();
    }

    public void retried() {
        retries.incrementAndGet();
    }

    /** Records a failed exchange; the message must hold no secret (SlngException messages never do). */
    public void failed(Throwable failure) {
        failures.incrementAndGet();
        lastError = new LastError(failure.getClass().getSimpleName() + ": " + failure.getMessage(), Instant.now());
    }

    public long exchanges() {
        return exchanges.get();
    }

    public long failures() {
        return failures.get();
    }

    public long retries() {
        return retries.get();
    }

    /** The last failure, or null. */
    public LastError lastError() {
        return lastError;
    }

    /**
     * The last failure and when it happened, kept as one value so that a reader never pairs the message of one failure
     * with the time of another.
     *
     * @param message "Type: message"
     * @param time    when it was recorded
     */
    public record LastError(String message, Instant time) {
    }
}
