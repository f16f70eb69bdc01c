package dev.camelslng.sandbox.engine;

/**
 * The dual-tone code shared by {@link ToneSpeechEngine} and {@link ToneTranscriber}: one UTF-8 byte per 20 ms
 * symbol, its high nibble as a tone at 600 + 100*n Hz and its low nibble at 2200 + 100*n Hz. The highest tone, 3700 Hz,
 * is below the 4 kHz Nyquist limit of 8 kHz phone audio. Every tone is a multiple of 50 Hz, so a whole number of cycles
 * per symbol at any rate with whole samples per symbol: the tones are orthogonal and a Goertzel filter per tone
 * separates them exactly.
 */
final class ToneCode {

    /** The rate the engine synthesizes at. */
    static final int SAMPLE_RATE = 16_000;
    static final int SYMBOLS_PER_SECOND = 50;
    static final int SYMBOL_SAMPLES = SAMPLE_RATE / SYMBOLS_PER_SECOND;
    static final int SYMBOL_BYTES = SYMBOL_SAMPLES * 2;
    static final int GUARD_SYMBOLS = 5;
    static final int TONES_PER_GROUP = 16;

    private static final int HIGH_NIBBLE_BASE_HZ = 600;
    private static final int LOW_NIBBLE_BASE_HZ = 2200;
    private static final int STEP_HZ = 100;

    private ToneCode() {
    }

    static int highNibbleHz(int nibble) {
        return HIGH_NIBBLE_BASE_HZ + STEP_HZ * nibble;
    }

    static int lowNibbleHz(int nibble) {
        return LOW_NIBBLE_BASE_HZ + STEP_HZ * nibble;
    }

    /** Whether audio at this rate can carry the code: whole samples per symbol and every tone below half the rate. */
    static boolean decodes(int sampleRate) {
        return sampleRate % SYMBOLS_PER_SECOND == 0 && sampleRate >= minSampleRate();
    }

    /** @return the lowest such rate: the multiple of 50 Hz above twice the highest tone */
    static int minSampleRate() {
        return 2 * lowNibbleHz(TONES_PER_GROUP - 1) + SYMBOLS_PER_SECOND;
    }
}
