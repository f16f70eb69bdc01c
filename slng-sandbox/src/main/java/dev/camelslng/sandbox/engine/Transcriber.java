package dev.camelslng.sandbox.engine;

/**
 * A streaming decoder of one audio stream. Chunks may be split at any byte boundary; the decoder never throws on
 * audio it cannot understand, it just finds nothing in it.
 */
public interface Transcriber {

    /**
     * Feeds the next bytes of the stream.
     *
     * @param chunk  the buffer
     * @param offset where the new bytes start
     * @param length how many bytes to take
     */
    void feed(byte[] chunk, int offset, int length);

    /**
     * Feeds the next bytes of the stream.
     *
     * @param chunk the new bytes, all of them
     */
    default void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    /**
     * The transcript of everything fed so far.
     *
     * @return the transcript, never null
     */
    Transcript result();
}
