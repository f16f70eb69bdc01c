package dev.camelslng.component.stream.session;

import dev.camelslng.component.protocol.stream.ServerMessage;

/**
 * What differs between the TTS and the STT bridge inside a session: what a new connection must be sent again, what the
 * server's messages mean, what waits for an answer. Called with the session's lock held, never on a route thread's
 * behalf for long: implementations only update state, write frames and emit events.
 */
public interface SessionProtocol {

    /** The {@code init} frame of every connection of the session. */
    String initMessage();

    /** A connection became ready: send again, in order, what a lost connection left unfinished. */
    void resume(SessionLink link);

    /** A text frame other than {@code ready} and {@code error}. */
    void onMessage(ServerMessage message);

    /** A binary frame. */
    void onBinary(byte[] data);

    /** Whether something sent was not finished, so a normal close by the server calls for a new connection. */
    boolean hasUnfinishedWork();

    /**
     * How many answers the server has finished so far (TTS utterances ended or cleared, STT finals): a connection that
     * ends while owing work and finished none made no progress, and the reconnect meets the backoff.
     */
    long finished();

    /** Whether an exchange or a command waits for the server's answer, so the session must not close for being idle. */
    boolean awaitsAnswer();

    /** What the server still owes, for messages, e.g. "the final transcripts of 3.2 s of audio". */
    String owed();

    /** The session ended: fail whatever still waits for an answer. */
    void abandon(Throwable cause);

    /** Bytes kept to be sent again after a reconnect (STT audio, TTS text). */
    long retainedBytes();

    /** Bytes sent again after reconnects so far. */
    long resentBytes();
}
