package dev.camelslng.sandbox.http;

import io.vertx.core.http.HttpServerRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the API key of a request: {@code Authorization: Bearer}, {@code X-API-Key} or the {@code token} query parameter
 * (the WebSocket form, protocol §2.3).
 */
final class ApiKeyAuth {

    private static final String BEARER = "bearer ";

    private final byte[] apiKey;

    ApiKeyAuth(String apiKey) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && matches(authorization.substring(BEARER.length()).trim());
        return bearer || matches(request.getHeader("X-API-Key")) || matches(request.getParam("token"));
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(apiKey, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
