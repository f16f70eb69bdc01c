package dev.camelslng.component.protocol.stream;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.protocol.SafeText;

/**
 * An {@code error} frame, with the HTTP-equivalent status that decides whether retrying can help (§8.2: the table the
 * LiveKit plugin uses). The code and message may sit at the top level or under {@code data}; a numeric code in
 * {@code code}, {@code status_code} or {@code err_code} is a status itself.
 *
 * @param code    the code as SLNG sent it, e.g. {@code auth_error}; may be null
 * @param message the message, without URL queries; may be null
 * @param status  the HTTP-equivalent status, 0 when unknown
 */
public record BridgeError(String code, String message, int status) {

    private static final Map<String, Integer> STATUS_OF_CODE = Map.ofEntries(
            Map.entry("config_error", 400), Map.entry("invalid_request", 400), Map.entry("pronunciation_not_found", 400),
            Map.entry("auth_error", 401), Map.entry("payload_too_large", 413),
            Map.entry("rate_limit", 429), Map.entry("rate_limit_exceeded", 429),
            Map.entry("idle_timeout_exceeded", 408), Map.entry("max_connection_duration_exceeded", 408),
            Map.entry("not_ready", 503), Map.entry("backpressure", 503), Map.entry("stt_metering_unavailable", 503),
            Map.entry("translation_error", 500),
            Map.entry("provider_error", 502), Map.entry("backend_error", 502), Map.entry("backend_connection_failed", 502));

    public static BridgeError of(ServerMessage frame) {
        JsonNode source = frame.json().has("data") && frame.json().get("data").isObject() ? frame.json().get("data") : frame.json();
        String code = textOf(source, "code");
        String message = SafeText.withoutUrlQueries(textOf(source, "message"));
        int status = numeric(source, "code");
        if (status == 0) {
            status = numeric(source, "status_code");
        }
        if (status == 0) {
            status = numeric(source, "err_code");
        }
        if (status == 0 && code != null) {
            status = STATUS_OF_CODE.getOrDefault(code.toLowerCase(Locale.ROOT), 0);
        }
        return new BridgeError(code, message, status);
    }

    /** Whether retrying cannot help: a 4xx other than 408, 409, 425 and 429 (a bad key, a bad init, too large). */
    public boolean isPermanent() {
        return isPermanentStatus(status);
    }

    /** The same rule for an HTTP status, e.g. of a rejected upgrade. */
    public static boolean isPermanentStatus(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 409 && status != 425 && status != 429;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int numeric(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.canConvertToInt()) {
            return value.asInt();
        }
        if (value != null && value.isTextual() && value.asText().matches("\\d{3}")) {
            return Integer.parseInt(value.asText());
        }
        return 0;
    }

    @Override
    public String toString() {
        return (code != null ? code : "error") + (message != null ? ": " + message : "")
               + (status > 0 ? " (status " + status + ")" : "");
    }
}
