package dev.camelslng.component.http;

import java.nio.charset.StandardCharsets;

/**
 * A response read in full.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or null
 * @param requestId   the x-slng-request-id header, or null
 * @param retryAfter  the Retry-After header, or null
 * @param body        the body bytes, never null
 */
public record HttpResult(int status, String contentType, String requestId, String retryAfter, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
