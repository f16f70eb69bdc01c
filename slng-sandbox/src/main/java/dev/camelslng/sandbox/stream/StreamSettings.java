package dev.camelslng.sandbox.stream;

/**
 * How the WebSocket bridges behave when no fault says otherwise.
 *
 * @param chunkBytes   the PCM bytes per TTS audio chunk
 * @param binaryAudio  whether TTS audio goes out as binary frames instead of JSON {@code audio_chunk}
 * @param utteranceEnd whether the STT bridge sends {@code utterance_end} after each silence-triggered final
 */
public record StreamSettings(int chunkBytes, boolean binaryAudio, boolean utteranceEnd) {

    /** The default TTS chunk: 100 ms of 16 kHz PCM16. */
    public static final int DEFAULT_CHUNK_BYTES = 3200;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if {@code chunkBytes} is not positive
     */
    public StreamSettings {
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("streamChunkBytes must be at least 1: " + chunkBytes);
        }
    }
}
