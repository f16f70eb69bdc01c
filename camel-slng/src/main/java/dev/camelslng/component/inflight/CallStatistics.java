package dev.camelslng.component.inflight;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What one endpoint has done, for the dev console: exchanges, failures, retries and the last error. */
public final class CallStatistics {

    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private volatile String lastError;
    private volatile Instant lastErrorTime;

    public void started() {
        exchanges.incrementAndGet();
    }

    public void retried() {
        retries.incrementAndGet();
    }

    /** Records a failed exchange; the message must hold no secret (SlngException messages never do). */
    public void failed(Throwable failure) {
        failures.incrementAndGet();
        lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        lastErrorTime = Instant.now();
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

    /** The last failure as "Type: message", or null. */
    public String lastError() {
        return lastError;
    }

    public Instant lastErrorTime() {
        return lastErrorTime;
    }
}
