package dev.camelslng.component.stream.tts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.camelslng.component.inflight.InFlightExchange;

/**
 * One TTS utterance a session has sent: its text (kept to send again after a drop), whether it is flushed, and the audio
 * received so far for the exchange that waits for it, if any.
 */
final class Utterance {

    private final long index;
    private final StringBuilder text = new StringBuilder();
    private boolean flushed;
    private int attempt = 1;
    private int chunks;
    private volatile boolean cleared;
    private InFlightExchange waiter;
    private ByteArrayOutputStream audio;

    Utterance(long index) {
        this.index = index;
    }

    long index() {
        return index;
    }

    void append(String more) {
        text.append(more);
    }

    String text() {
        return text.toString();
    }

    int textBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    boolean flushed() {
        return flushed;
    }

    void flush() {
        flushed = true;
    }

    /** The exchange that replies with this utterance's whole audio. */
    void awaitedBy(InFlightExchange exchange) {
        waiter = exchange;
        audio = new ByteArrayOutputStream();
    }

    InFlightExchange waiter() {
        return waiter;
    }

    /** Counts a chunk and keeps it for the waiting exchange; returns its sequence number within this attempt. */
    int chunk(byte[] data) {
        if (audio != null) {
            audio.writeBytes(data);
        }
        return chunks++;
    }

    int chunks() {
        return chunks;
    }

    byte[] audio() {
        return audio != null ? audio.toByteArray() : new byte[0];
    }

    /** Starts over on a new connection: the audio so far is discarded, the chunks are counted anew. */
    void restart() {
        attempt++;
        chunks = 0;
        if (audio != null) {
            audio.reset();
        }
    }

    boolean restarted() {
        return attempt > 1;
    }

    void clear() {
        cleared = true;
    }

    boolean cleared() {
        return cleared;
    }
}
