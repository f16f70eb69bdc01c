package dev.camelslng.component.stream.session;

/**
 * A session as the console and the health check see it.
 *
 * @param streamId      the stream id routes use
 * @param model         the model
 * @param state         the state
 * @param slngSessionId the session id SLNG gave in {@code ready}, or null
 * @param reconnects    connections opened again after the first
 * @param queued        messages waiting for the session to be ready
 * @param retainedBytes bytes kept to be sent again after a reconnect
 * @param resentBytes   bytes sent again after reconnects
 * @param pendingEvents events waiting for the consumer
 * @param lastError     the last connection or server error, or null
 * @param recovering    whether it is getting a lost connection back: waiting for the next attempt or in one
 */
public record SessionSnapshot(String streamId, String model, SessionState state, String slngSessionId, long reconnects,
                              int queued, long retainedBytes, long resentBytes, int pendingEvents, String lastError,
                              boolean recovering) {
}
