package dev.camelslng.benchmarks;

/**
 * One way of using the gateway's WebSocket bridges. Every call blocks until the server has answered what it sent, and
 * reports what came back so the workload can check it.
 */
interface StreamContender extends AutoCloseable {

    Side side();

    /**
     * Speaks {@code text} as one flushed utterance on the contender's open TTS session and waits for its {@code audio_end}.
     *
     * @return when the first audio chunk arrived, counted from the send, and how many audio bytes came in all
     */
    UtteranceClock.Utterance speak(String text) throws Exception;

    /**
     * Sends {@code count} times {@code chunk}, one message each, on the contender's open STT session, then finalize, and
     * waits for the final transcript.
     *
     * @return the seconds of audio the final covers
     */
    double streamAudio(byte[] chunk, int count) throws Exception;

    /** Opens {@code count} TTS sessions at once, each speaking {@code text}; returns once all of them are idle. */
    void openIdleSessions(int count, String text) throws Exception;

    /** Closes the sessions {@link #openIdleSessions} opened; returns once they are closed. */
    void closeIdleSessions() throws Exception;
}
