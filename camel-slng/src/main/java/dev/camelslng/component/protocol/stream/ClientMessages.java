package dev.camelslng.component.protocol.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.protocol.SlngJson;

/** The JSON text frames a client sends on the unified bridges (§6.2, §7.2); commands without fields are built once. */
public final class ClientMessages {

    public static final String FLUSH = command("flush");
    public static final String CLEAR = command("clear");
    public static final String CLOSE = command("close");
    public static final String FINALIZE = command("finalize");
    public static final String KEEPALIVE = command("keepalive");

    private ClientMessages() {
    }

    /** {@code {"type":"text","text":...,"flush":true}}; {@code flush} is left out when false. */
    public static String text(String text, boolean flush) {
        ObjectNode node = SlngJson.MAPPER.createObjectNode().put("type", "text").put("text", text);
        if (flush) {
            node.put("flush", true);
        }
        return node.toString();
    }

    /** The init message: {@code voice} and {@code model} at the top level, the session settings in {@code config}. */
    public static String init(String model, String voice, ObjectNode config) {
        ObjectNode node = SlngJson.MAPPER.createObjectNode().put("type", "init");
        if (model != null) {
            node.put("model", model);
        }
        if (voice != null) {
            node.put("voice", voice);
        }
        node.set("config", config);
        return write(node);
    }

    private static String command(String type) {
        return "{\"type\":\"" + type + "\"}";
    }

    private static String write(ObjectNode node) {
        try {
            return SlngJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + node.get("type"), e);
        }
    }
}
