package dev.camelslng.sandbox.engine;

import java.util.Optional;

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
     * Why the stream is not audio this decoder understands, for a {@code 400 Validation error}; ask after the last chunk.
     * The default never refuses: a decoder that cannot tell finds nothing in audio it does not understand.
     *
     * @param  declaredEncoding the encoding the client declared, e.g. {@code linear16}, or null
     * @return                  the reason, or empty when the audio is fine or the decoder cannot tell
     */
    default Optional<String> undecodableReason(String declaredEncoding) {
        return Optional.empty();
    }

    /**
     * Whether {@link #result()} does real work that takes long (a speech recogniser), so callers must call it on a worker
     * thread, never on an event loop; it is then asked for once, after the last chunk. The default, false, suits
     * decoders that decode as they are fed.
     *
     * @return whether {@link #result()} blocks
     */
    default boolean blocking() {
        return false;
    }

    /**
     * The transcript of everything fed so far. When {@link #blocking()} is true this ends the stream: it is asked for
     * once, after the last chunk.
     *
     * @return the transcript, never null
     */
    Transcript result();

    /**
     * The transcript of what was fed so far, for an interim result, without ending the stream: more may be fed
     * afterwards and {@link #result()} still covers it all. When {@link #blocking()} is true it blocks like
     * {@link #result()}, is called on a worker thread while feeding goes on, and, once {@link #result()} is asked for,
     * may give up early with the transcript of less audio (stale by then anyway). The default, {@link #result()}, suits
     * decoders that decode as they are fed.
     *
     * @return the transcript, never null
     */
    default Transcript soFar() {
        return result();
    }
}
