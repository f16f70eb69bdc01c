package dev.camelslng.component.stream.session;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.protocol.stream.ServerMessage;

/**
 * Something a session received that a consumer route should see: an audio chunk, the end of an utterance, a
 * transcript, an error. {@code wanted} is asked just before delivery: a barge-in makes the audio of the utterances it
 * interrupted unwanted, including what still waits in the session's event queue.
 *
 * @param body    the message body
 * @param headers the message headers
 * @param wanted  whether the event should still be delivered
 */
public record StreamEvent(Object body, Map<String, Object> headers, BooleanSupplier wanted) {

    public static final String OPENED = "opened";
    public static final String RECONNECTING = "reconnecting";
    public static final String RESUMED = "resumed";
    public static final String CLOSED = "closed";
    public static final String FAILED = "failed";

    private static final BooleanSupplier ALWAYS = () -> true;

    public static StreamEvent of(Object body, Map<String, Object> headers) {
        return new StreamEvent(body, headers, ALWAYS);
    }

    /**
     * An error event: a server's error frame, or a session's own (its code then names it, e.g. {@code close_timeout}).
     *
     * @param status the HTTP-like status, or 0 for none
     */
    public static StreamEvent error(String description, String code, String message, int status) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SlngConstants.STREAM_EVENT, ServerMessage.ERROR);
        putIfSet(headers, SlngConstants.ERROR_CODE, code);
        putIfSet(headers, SlngConstants.ERROR_MESSAGE, message);
        if (status > 0) {
            headers.put(SlngConstants.ERROR_STATUS, status);
        }
        return of(description, headers);
    }

    /**
     * A change in the session's life: {@code opened}, {@code reconnecting} (with why), {@code resumed} (with the bytes
     * sent again), {@code closed} or {@code failed} (with why). The body is why, or null.
     */
    static StreamEvent lifecycle(String name, String why, Long resentBytes) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(SlngConstants.STREAM_EVENT, name);
        putIfSet(headers, SlngConstants.ERROR_MESSAGE, why);
        putIfSet(headers, SlngConstants.RESENT_BYTES, resentBytes);
        return of(why, headers);
    }

    private static void putIfSet(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
