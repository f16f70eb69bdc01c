package dev.camelslng.component.transport.http;

import java.nio.charset.StandardCharsets;

/**
 * A response read in full (error bodies only up to a bound).
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or null
 * @param requestId   the x-slng-request-id header, or null
 * @param retryAfter  the Retry-After header, or null
 * @param location    the Location header of a redirect, or null
 * @param body        the body bytes, never null
 */
public record HttpResult(int status, String contentType, String requestId, String retryAfter, String location, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
