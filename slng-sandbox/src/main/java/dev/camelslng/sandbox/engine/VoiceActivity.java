package dev.camelslng.sandbox.engine;

/**
 * Tells speech from silence in short PCM16LE frames, for cutting a stream into utterances.
 */
public interface VoiceActivity {

    /**
     * Whether a frame holds speech.
     *
     * @param  frame PCM16LE mono samples of one frame (20 ms on the STT bridge)
     * @return       whether it holds speech
     */
    boolean isSpeech(byte[] frame);

    /**
     * @return how many silent frames after speech end an utterance
     */
    int silentFramesToEnd();
}
