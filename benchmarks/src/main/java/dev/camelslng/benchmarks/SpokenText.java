package dev.camelslng.benchmarks;

import dev.camelslng.sandbox.engine.ToneSpeechEngine;

/** The short text every TTS call speaks, and the check that the audio that came back is all there. */
final class SpokenText {

    static final String TEXT = "Hello from the camel-slng benchmark.";
    static final int AUDIO_BYTES = new ToneSpeechEngine().synthesize(TEXT, null).length;

    private SpokenText() {
    }

    /** @return the audio of {@link #TEXT}, spoken by {@code contender}, checked */
    static byte[] speak(Contender contender) throws Exception {
        byte[] audio = contender.speak(TEXT);
        if (audio == null || audio.length != AUDIO_BYTES) {
            throw new IllegalStateException(contender.side().label() + " got " + (audio == null ? "no" : audio.length)
                                            + " audio bytes instead of " + AUDIO_BYTES);
        }
        return audio;
    }
}
