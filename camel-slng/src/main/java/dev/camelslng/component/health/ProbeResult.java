package dev.camelslng.component.health;

import dev.camelslng.component.transport.http.HttpResult;
import org.apache.camel.health.HealthCheck;

/**
 * What one probe of the gateway found. Nothing in it may hold the API key.
 *
 * @param state     UP or DOWN
 * @param message   why it is DOWN (or a note on an UP), or null
 * @param gateway   the gateway base URL without query, or null when the endpoint has none
 * @param status    the HTTP status of the answer, or null when there was none
 * @param requestId the x-slng-request-id of the answer, or null
 * @param nanoTime  when the probe ended, by {@link System#nanoTime()}
 */
record ProbeResult(HealthCheck.State state, String message, String gateway, Integer status, String requestId, long nanoTime) {

    static ProbeResult up(String message, String gateway, HttpResult answer) {
        return of(HealthCheck.State.UP, message, gateway, answer);
    }

    /** @param answer the gateway's answer, or null when there was none */
    static ProbeResult down(String message, String gateway, HttpResult answer) {
        return of(HealthCheck.State.DOWN, message, gateway, answer);
    }

    private static ProbeResult of(HealthCheck.State state, String message, String gateway, HttpResult answer) {
        return new ProbeResult(state, message, gateway, answer == null ? null : answer.status(),
                answer == null ? null : answer.requestId(), System.nanoTime());
    }

    long ageMillis() {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
