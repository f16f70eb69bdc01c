package dev.camelslng.component.transport.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * When and how long to wait before trying a failed call again: exponential backoff with jitter, and the server's
 * {@code Retry-After} when it gives one. Camel's {@code BackOff} has no jitter and cannot take a server-given delay, hence
 * this small class.
 *
 * @param maxAttempts  attempts in all, at least 1
 * @param initialDelay milliseconds before the first retry
 * @param maxDelay     the longest wait, in milliseconds; a server asking for longer is not retried
 */
public record RetryPolicy(int maxAttempts, long initialDelay, long maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retryMaxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay < 0 || maxDelay < initialDelay) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= retryInitialDelay <= retryMaxDelay, were "
                                               + initialDelay + " and " + maxDelay);
        }
    }

    /**
     * Statuses worth another try: 408 and 425 (the request may succeed later), 429 (rate limited) and 5xx (gateway or
     * provider trouble). Every other 4xx is the caller's problem and fails at once.
     */
    public static boolean isRetryable(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    /**
     * Whether an I/O failure came before any byte of the request was sent, so that SLNG cannot have seen it: no address,
     * no route, connection refused ({@code HttpHostConnectException}), connect timeout, or no pooled connection in time.
     * Anything else (a reset, a {@code NoHttpResponseException}, a close while reading) may have come after SLNG got the
     * whole request; HttpClient cannot tell a stale pooled connection from a server that closed after reading.
     */
    public static boolean failedBeforeSending(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof UnknownHostException || failure instanceof NoRouteToHostException
               || failure instanceof ConnectionRequestTimeoutException;
    }

    /**
     * The wait before attempt {@code failedAttempt + 1} when the server did not say:
     * {@code initialDelay * 2^(failedAttempt-1)} capped at {@code maxDelay}, of which a random half is taken away so that
     * many clients rejected together do not come back together.
     */
    public long backoff(int failedAttempt) {
        long exponential = initialDelay << Math.min(failedAttempt - 1, 30);
        long capped = Math.min(maxDelay, exponential < 0 ? maxDelay : exponential);
        long half = capped / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }

    /** A Retry-After header, delay-seconds or an HTTP date, in milliseconds; -1 when absent or not understood. */
    public static long parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String text = value.trim();
        if (text.length() <= 9 && text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text) * 1000;
        }
        Instant date = DateUtils.parseStandardDate(text);
        return date == null ? -1 : Math.max(0, Duration.between(Instant.now(), date).toMillis());
    }
}
