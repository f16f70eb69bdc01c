package dev.camelslng.component.stream.session;

import dev.camelslng.component.SlngConfiguration;

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

    /**
     * The session options of a stream endpoint's configuration, checked.
     *
     * @throws IllegalArgumentException naming an option out of range
     */
    public static SessionOptions of(SlngConfiguration config) {
        checkPositive("readyTimeout", config.getReadyTimeout());
        checkPositive("closeTimeout", config.getCloseTimeout());
        checkPositive("sessionIdleTimeout", config.getSessionIdleTimeout());
        checkPositive("maxSessions", config.getMaxSessions());
        checkPositive("chunkSize", config.getChunkSize());
        checkPositive("sendQueueSize", config.getSendQueueSize());
        checkPositive("replayBufferSize", config.getReplayBufferSize());
        checkPositive("keepAliveInterval", config.getKeepAliveInterval());
        checkPositive("pongTimeout", config.getPongTimeout());
        checkPositive("maxMessageSize", config.getMaxMessageSize());
        if (config.getSendQueueTimeout() < 0) {
            throw new IllegalArgumentException("sendQueueTimeout must be 0 or more, was " + config.getSendQueueTimeout());
        }
        return new SessionOptions(new ReconnectBackoff(config.getReconnectInitialDelay(), config.getReconnectMaxDelay(),
                config.getReconnectMultiplier(), config.getReconnectMaxAttempts()), config.getReadyTimeout(),
                config.getCloseTimeout(), config.getKeepAliveInterval(), config.getPongTimeout(), config.getSessionIdleTimeout(),
                config.getSendQueueSize(), config.getSendQueueTimeout(), config.getReplayBufferSize(), config.getMaxMessageSize());
    }

    private static void checkPositive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be greater than 0, was " + value);
        }
    }
}
