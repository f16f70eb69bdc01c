package dev.camelslng.component.stream.session;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter between reconnect attempts: attempt n waits {@code initial * multiplier^(n-1)}, capped
 * at {@code max}, then spread by +-20% so that many sessions dropped together do not come back together.
 *
 * @param initialDelay the wait before the first reconnect attempt, in milliseconds
 * @param maxDelay     the longest wait, in milliseconds
 * @param multiplier   the growth from one wait to the next
 * @param maxAttempts  attempts after a drop before the session fails; 0 for no limit
 */
public record ReconnectBackoff(long initialDelay, long maxDelay, double multiplier, int maxAttempts) {

    private static final double JITTER = 0.2;

    public ReconnectBackoff {
        if (initialDelay < 0 || maxDelay < initialDelay || multiplier < 1 || maxAttempts < 0) {
            throw new IllegalArgumentException("Invalid reconnect backoff: reconnectInitialDelay=" + initialDelay
                                               + ", reconnectMaxDelay=" + maxDelay + ", reconnectMultiplier=" + multiplier
                                               + ", reconnectMaxAttempts=" + maxAttempts
                                               + " (need 0 <= initial <= max, multiplier >= 1, attempts >= 0)");
        }
    }

    /** Whether attempt number {@code attempt} (1 for the first after a drop) may be made. */
    public boolean allows(int attempt) {
        return maxAttempts == 0 || attempt <= maxAttempts;
    }

    /** The wait before attempt number {@code attempt}, in milliseconds. */
    public long delayBefore(int attempt) {
        double base = initialDelay * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(maxDelay, base);
        double spread = capped * JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Math.max(0, Math.min(maxDelay, Math.round(capped + spread)));
    }
}
