package dev.camelslng.component.stream;

/**
 * The endpoint options every session of it follows.
 *
 * @param backoff           the reconnect backoff
 * @param readyTimeout      milliseconds to wait for {@code ready} (and for the server to finish after {@code close})
 * @param keepAliveInterval milliseconds without sending before a keepalive and a ping go out
 * @param pongTimeout       milliseconds without an answer to a ping before the connection counts as dead
 * @param idleTimeout       milliseconds without use before the session closes
 * @param sendQueueSize     messages that may wait while a session is not ready
 * @param sendQueueTimeout  milliseconds a producer waits for room in a full send queue; 0 fails at once
 * @param replayBufferSize  STT audio bytes kept to send again after a reconnect
 */
public record SessionOptions(ReconnectBackoff backoff, long readyTimeout, long keepAliveInterval, long pongTimeout,
                             long idleTimeout, int sendQueueSize, long sendQueueTimeout, long replayBufferSize) {
}
