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
     * Synthesizes speech piece by piece, handing each piece to the sink as soon as it is produced, so that a caller can
     * send the start of a long text while the rest is still being synthesized. Pieces come in order, one at a time, never
     * empty, on the calling thread or on one of the engine's own; the call returns after the last one. The default
     * synthesizes the whole text with {@link #synthesize(String, String)} and hands it over as one piece.
     *
     * @param text  the text to speak, not null
     * @param voice an optional voice id, may be null
     * @param sink  receives the pieces
     */
    default void synthesizeStreaming(String text, String voice, AudioSink sink) {
        byte[] wav = synthesize(text, voice);
        byte[] pcm = Wav.pcmData(wav);
        if (pcm.length > 0) {
            sink.accept(pcm, Wav.sampleRate(wav));
        }
    }

    /**
     * Starts a streaming decode of one audio stream.
     *
     * @return a new transcriber, fed chunk by chunk as the audio arrives
     */
    Transcriber newTranscriber();

    /**
     * Starts a streaming decode of one audio stream whose raw PCM (no WAV header) has the given rate. The default ignores
     * the rate, which suits decoders that do not depend on it.
     *
     * @param  sampleRate the declared sample rate of raw PCM; a WAV header, when present, wins
     * @return            a new transcriber
     */
    default Transcriber newTranscriber(int sampleRate) {
        return newTranscriber();
    }

    /**
     * How the WebSocket STT bridge tells speech from silence when it cuts a stream into utterances. The default asks a
     * fresh transcriber for the rate whether it finds text in the frame alone.
     *
     * @param  sampleRate the sample rate of the stream's PCM
     * @return            the voice activity detector, thread-safe
     */
    default VoiceActivity voiceActivity(int sampleRate) {
        return new ProbingVoiceActivity(this, sampleRate);
    }

    /** Receives the pieces of a {@link #synthesizeStreaming streaming synthesis}. */
    @FunctionalInterface
    interface AudioSink {

        /**
         * Takes the next piece.
         *
         * @param pcm        mono PCM16LE samples, not empty
         * @param sampleRate their sample rate
         */
        void accept(byte[] pcm, int sampleRate);
    }
}
