package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.fault.StreamEffects;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The JSON of the bridge messages (protocol §6.2, §6.3, §7.2, §7.3, §8.2).
 */
final class Messages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Messages() {
    }

    static ObjectNode of(String type) {
        return MAPPER.createObjectNode().put("type", type);
    }

    static ObjectNode error(String code, String message) {
        return of("error").put("code", code).put("message", message);
    }

    /** The error frame a fault asks for: flat or under {@code data}, a text or numeric code, with or without a status. */
    static ObjectNode error(StreamEffects effects) {
        ObjectNode fields = MAPPER.createObjectNode();
        if (effects.isNumericErrorCode()) {
            fields.put("code", Integer.parseInt(effects.errorCode()));
        } else {
            fields.put("code", effects.errorCode());
        }
        fields.put("message", effects.errorMessage());
        if (effects.errorStatus() > 0) {
            fields.put("status_code", effects.errorStatus());
        }
        ObjectNode frame = of("error");
        if (effects.isErrorInDataEnvelope()) {
            frame.set("data", fields);
            return frame;
        }
        return frame.setAll(fields);
    }

    static ObjectNode ready(String sessionId) {
        return of("ready").put("session_id", sessionId).put("slng_request_id", "req_" + hex(12));
    }

    /** Parses a text message, returning null for anything that is not a JSON object. */
    static JsonNode parseObject(String text) {
        try {
            JsonNode json = MAPPER.readTree(text);
            return json != null && json.isObject() ? json : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Random hex for ids; not a secret, so no SecureRandom. */
    static String hex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** Seconds for a PCM16 mono byte count, rounded to the millisecond. */
    static double seconds(long bytes, int sampleRate) {
        return Math.round(bytes * 1000.0 / (sampleRate * 2L)) / 1000.0;
    }
}
