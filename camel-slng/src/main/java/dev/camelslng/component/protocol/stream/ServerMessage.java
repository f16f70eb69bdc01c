package dev.camelslng.component.protocol.stream;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.protocol.SlngJson;

/**
 * One JSON text frame from a bridge, read leniently: types are compared without case ({@code Flushed}, {@code Error}),
 * Deepgram's passthrough {@code Results} become partial or final transcripts, and ElevenLabs-style
 * {@code {"audio":..,"isFinal":..}} frames without a type become audio chunks.
 *
 * @param type the lower-case type, e.g. {@code audio_chunk}; {@code unknown} when the frame names none
 * @param json the whole frame
 */
public record ServerMessage(String type, JsonNode json) {

    public static final String READY = "ready";
    public static final String AUDIO_CHUNK = "audio_chunk";
    public static final String AUDIO_END = "audio_end";
    public static final String FLUSHED = "flushed";
    public static final String CLEARED = "cleared";
    public static final String ERROR = "error";
    public static final String PARTIAL_TRANSCRIPT = "partial_transcript";
    public static final String FINAL_TRANSCRIPT = "final_transcript";
    public static final String UTTERANCE_END = "utterance_end";

    /**
     * Parses a text frame.
     *
     * @throws IOException when the frame is not a JSON object
     */
    public static ServerMessage parse(String frame) throws IOException {
        JsonNode json = SlngJson.MAPPER.readTree(frame);
        if (json == null || !json.isObject()) {
            throw new IOException("not a JSON object");
        }
        JsonNode type = json.get("type");
        if (type != null && type.isTextual()) {
            String lower = type.asText().toLowerCase(Locale.ROOT);
            if (lower.equals("results")) {
                return fromDeepgramResults(json);
            }
            return new ServerMessage(lower, json);
        }
        if (json.hasNonNull("audio")) {
            return new ServerMessage(AUDIO_CHUNK, SlngJson.MAPPER.createObjectNode().put("data", json.get("audio").asText()));
        }
        return new ServerMessage("unknown", json);
    }

    private static ServerMessage fromDeepgramResults(JsonNode json) {
        JsonNode alternative = json.path("channel").path("alternatives").path(0);
        ObjectNode normalized = SlngJson.MAPPER.createObjectNode();
        normalized.put("transcript", alternative.path("transcript").asText(""));
        copy(alternative, "confidence", normalized);
        copy(alternative, "words", normalized);
        copy(json, "duration", normalized);
        boolean isFinal = json.path("is_final").asBoolean(false);
        return new ServerMessage(isFinal ? FINAL_TRANSCRIPT : PARTIAL_TRANSCRIPT, normalized);
    }

    private static void copy(JsonNode from, String field, ObjectNode to) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field));
        }
    }

    /** A field, or a missing node: never null. */
    public JsonNode field(String name) {
        JsonNode node = json.get(name);
        return node == null ? MissingNode.getInstance() : node;
    }

    /** A text field, or null. */
    public String text(String name) {
        JsonNode node = json.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A number field, or null. */
    public Double number(String name) {
        JsonNode node = json.get(name);
        return node != null && node.isNumber() ? node.asDouble() : null;
    }
}
