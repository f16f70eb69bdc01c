package dev.camelslng.component.stream;

/**
 * The endpoint options every session of it follows.
 *
 * @param backoff           the reconnect backoff
 * @param readyTimeout      milliseconds to wait for {@code ready}
 * @param closeTimeout      milliseconds a closing session waits for the last finals (STT) or audio (TTS) it is owed
 * @param keepAliveInterval milliseconds without sending before a keepalive and a ping go out
 * @param pongTimeout       milliseconds without an answer to a ping before the connection counts as dead
 * @param idleTimeout       milliseconds without use before the session closes
 * @param sendQueueSize     messages that may wait while a session is not ready
 * @param sendQueueTimeout  milliseconds a producer waits for room in a full send queue; 0 fails at once
 * @param replayBufferSize  STT audio bytes kept to send again after a reconnect
 * @param maxMessageSize    the largest message taken from the server, in bytes
 */
public record SessionOptions(ReconnectBackoff backoff, long readyTimeout, long closeTimeout, long keepAliveInterval, long pongTimeout,
                             long idleTimeout, int sendQueueSize, long sendQueueTimeout, long replayBufferSize,
                             int maxMessageSize) {
}
