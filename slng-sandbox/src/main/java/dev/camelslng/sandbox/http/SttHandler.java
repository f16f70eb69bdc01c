package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.catalog.ModelCatalog;
import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.engine.Transcript;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/bridges/unmute/stt/{model}}: multipart (or JSON base64) audio in, one final transcription out
 * (protocol §4.1). The audio was already transcribed while it streamed in.
 */
final class SttHandler {

    static final String PATH_PREFIX = "/v1/bridges/unmute/stt/";
    static final String AUDIO_PART = "audio";

    private static final Set<String> BOOLEANS = Set.of("true", "false");
    private static final Map<String, Set<String>> ALLOWED_VALUES = Map.of(
            "sample_rate", Set.of("8000", "16000", "22050", "24000", "32000", "48000"),
            "encoding", Set.of("linear16", "mp3", "opus"),
            "enable_vad", BOOLEANS,
            "enable_partials", BOOLEANS);
    private static final List<String> CHECKED_FIELDS = List.of("sample_rate", "encoding", "enable_vad", "enable_partials");

    private final ModelCatalog models;

    SttHandler(ModelCatalog models) {
        this.models = models;
    }

    void handle(SandboxExchange exchange) {
        if (BridgeChecks.modelId(exchange, PATH_PREFIX, ModelUse.STT_HTTP, models) == null) {
            return;
        }
        RequestBody body = exchange.body();
        if (body.tooLarge()) {
            exchange.error(413, "Payload too large");
            return;
        }
        if (!body.multipart() && (body.json() == null || !body.json().isObject())) {
            exchange.validationError("Body must be multipart/form-data or a JSON object");
            return;
        }
        if (!body.multipart() && body.json().has("url")) {
            exchange.validationError("url input is not supported by the sandbox");
            return;
        }
        for (String field : CHECKED_FIELDS) {
            String value = field(body, field);
            if (value != null && !ALLOWED_VALUES.get(field).contains(value)) {
                exchange.validationError("Invalid " + field + ": " + value);
                return;
            }
        }
        if (body.audioNotBase64()) {
            exchange.validationError("audio must be base64-encoded");
            return;
        }
        if (body.audio() == null) {
            boolean sentAsText = body.form().contains(AUDIO_PART);
            exchange.validationError("Missing required field: audio" + (sentAsText ? " (send it as a file part, with a filename)" : ""));
            return;
        }
        if (body.audio().undecodable() != null) {
            exchange.validationError(body.audio().undecodable());
            return;
        }
        String language = field(body, "language");
        exchange.json(200, transcription(body.audio().transcript(), language == null || language.isBlank() ? "en" : language));
    }

    private static String field(RequestBody body, String name) {
        if (body.multipart()) {
            return body.form().get(name);
        }
        JsonNode value = body.json().get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ObjectNode transcription(Transcript transcript, String language) {
        ObjectNode result = Json.object().put("type", "transcription").put("is_final", true);
        result.putArray("alternatives").addObject().put("transcript", transcript.text()).put("confidence", transcript.confidence());
        return result.put("channel", 0).put("language", language);
    }
}
