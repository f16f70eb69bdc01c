package dev.camelslng.component.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an SLNG error response says. The gateway, its providers and its other backends use different shapes
 * ({@code error}, {@code message}, {@code detail}, {@code details}, {@code title}), so each is tried in turn; a body that
 * is not JSON is kept as short text.
 */
public record ErrorBody(String message, String details) {

    private static final int MAX_TEXT = 300;

    public static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new ErrorBody(null, null);
        }
        try {
            JsonNode json = SlngJson.MAPPER.readTree(body);
            if (json != null && json.isObject()) {
                String message = firstText(json, "error", "message", "title");
                String details = firstText(json, "details", "detail");
                return new ErrorBody(SafeText.withoutUrlQueries(message), SafeText.withoutUrlQueries(details));
            }
        } catch (IOException notJson) {
            // fall through: plain text bodies such as "No deployments found" are common behind proxies
        }
        String text = SafeText.withoutUrlQueries(new String(body, StandardCharsets.UTF_8).strip());
        return new ErrorBody(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text, null);
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode node = json.get(name);
            if (node != null && !node.isNull()) {
                return node.isTextual() ? node.asText() : node.toString();
            }
        }
        return null;
    }

    /** "message: details", or whichever of the two is present. */
    public String summary() {
        if (message == null) {
            return details;
        }
        return details == null ? message : message + ": " + details;
    }
}
