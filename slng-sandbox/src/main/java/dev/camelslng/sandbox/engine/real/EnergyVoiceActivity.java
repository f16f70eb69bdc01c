package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.VoiceActivity;

/**
 * Speech is a frame whose RMS level is above about -40 dBFS; an utterance ends after 400 ms below it, longer than the
 * pauses between words.
 */
final class EnergyVoiceActivity implements VoiceActivity {

    private static final double SPEECH_RMS = 330;
    private static final int SILENT_FRAMES_TO_END = 20;

    @Override
    public boolean isSpeech(byte[] frame) {
        long samples = frame.length / 2;
        if (samples == 0) {
            return false;
        }
        double sumOfSquares = 0;
        for (int i = 0; i + 1 < frame.length; i += 2) {
            int sample = (short) ((frame[i] & 0xFF) | frame[i + 1] << 8);
            sumOfSquares += (double) sample * sample;
        }
        return Math.sqrt(sumOfSquares / samples) > SPEECH_RMS;
    }

    @Override
    public int silentFramesToEnd() {
        return SILENT_FRAMES_TO_END;
    }
}
