package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.catalog.ModelCatalog;
import dev.camelslng.sandbox.catalog.ModelUse;

import java.util.List;

/**
 * The request checks the unified bridge makes before touching the body: model id (protocol §2.6) and catalogue, BYOK on
 * SLNG-hosted models (§2.3) and the usage-tracking headers.
 */
final class BridgeChecks {

    private static final List<String> TRACKING_HEADERS = List.of("X-SLNG-Agent-Id", "X-SLNG-Session-Id");
    private static final int MAX_TRACKING_ID = 128;

    private BridgeChecks() {
    }

    /**
     * Validates a bridge request.
     *
     * @param  exchange   the request
     * @param  pathPrefix the path up to the model id, e.g. {@code /v1/bridges/unmute/tts/}
     * @param  use        the bridge, which decides the kind of model it serves
     * @param  models     the models the sandbox serves
     * @return            the model id, or null when an error has been sent
     */
    static String modelId(SandboxExchange exchange, String pathPrefix, ModelUse use, ModelCatalog models) {
        String path = exchange.request().path();
        String model = path.length() > pathPrefix.length() ? path.substring(pathPrefix.length()) : "";
        if (!ModelCatalog.isWellFormed(model)) {
            exchange.validationError("Invalid model identifier: " + model);
            return null;
        }
        if (!models.accepts(use, model)) {
            exchange.error(404, "Model not found");
            return null;
        }
        if (model.startsWith("slng/") && exchange.request().getHeader("X-Slng-Provider-Key") != null) {
            exchange.error(400, "BYOK is only supported for external STT/TTS routes");
            return null;
        }
        for (String header : TRACKING_HEADERS) {
            String value = exchange.request().getHeader(header);
            if (value != null && !isValidTrackingId(value)) {
                exchange.validationError("Invalid " + header + " header: at most 128 characters, no commas or control characters");
                return null;
            }
        }
        return model;
    }

    private static boolean isValidTrackingId(String value) {
        return value.length() <= MAX_TRACKING_ID && value.chars().noneMatch(c -> c == ',' || Character.isISOControl(c));
    }
}
