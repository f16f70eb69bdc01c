package dev.camelslng.sandbox.engine;

/**
 * The speech side of the sandbox, independent of any transport: turns text into audio and audio back into text.
 * Implementations must be thread-safe; each {@link Transcriber} is used by one request at a time.
 */
public interface SpeechEngine {

    /**
     * Synthesizes speech.
     *
     * @param  text  the text to speak, not null
     * @param  voice an optional voice id, may be null
     * @return       a complete WAV file (RIFF header plus 16-bit PCM data)
     */
    byte[] synthesize(String text, String voice);

    /**
     * Starts a streaming decode of one audio stream.
     *
     * @return a new transcriber, fed chunk by chunk as the audio arrives
     */
    Transcriber newTranscriber();
}
