package dev.camelslng.component.stream;

import java.util.Map;
import java.util.function.BooleanSupplier;

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

    private static final BooleanSupplier ALWAYS = () -> true;

    public static StreamEvent of(Object body, Map<String, Object> headers) {
        return new StreamEvent(body, headers, ALWAYS);
    }
}
