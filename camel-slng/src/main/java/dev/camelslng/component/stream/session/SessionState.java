package dev.camelslng.component.stream.session;

import java.util.Locale;

/** Where a stream session is in its life; each session has exactly one state at a time. */
public enum SessionState {
    /** Opening the WebSocket or waiting for {@code ready}. */
    CONNECTING,
    /** {@code ready} received: messages go out at once. */
    READY,
    /** Lost its connection; waiting for the next attempt. Messages wait in the send queue. */
    RECONNECTING,
    /** The server ended the connection normally with nothing left to do; the next message connects again. */
    IDLE,
    /** Ending on purpose: {@code close} sent, waiting for the server to finish. */
    CLOSING,
    /** Ended on purpose (close command, idle timeout, stop). */
    CLOSED,
    /** Ended by a failure that retrying cannot fix, or out of reconnect attempts. */
    FAILED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** Whether the session has ended and takes no more messages. */
    public boolean isEnded() {
        return this == CLOSED || this == FAILED;
    }

    /** The lower-case name used in headers and the console. */
    public String label() {
        return label;
    }
}
