package dev.camelslng.sandbox.engine;

/**
 * The dual-tone code shared by {@link ToneSpeechEngine} and {@link ToneTranscriber}: one UTF-8 byte per 20 ms
 * symbol, its high nibble as a tone at 600 + 100*n Hz and its low nibble at 2600 + 100*n Hz. Every tone is a whole
 * number of cycles per symbol, so the tones are orthogonal and a Goertzel filter per tone separates them exactly.
 */
final class ToneCode {

    static final int SAMPLE_RATE = 16_000;
    static final int SYMBOL_SAMPLES = 320;
    static final int SYMBOL_BYTES = SYMBOL_SAMPLES * 2;
    static final int GUARD_SYMBOLS = 5;
    static final int TONES_PER_GROUP = 16;

    private static final int HIGH_NIBBLE_BASE_HZ = 600;
    private static final int LOW_NIBBLE_BASE_HZ = 2600;
    private static final int STEP_HZ = 100;

    private ToneCode() {
    }

    static int highNibbleHz(int nibble) {
        return HIGH_NIBBLE_BASE_HZ + STEP_HZ * nibble;
    }

    static int lowNibbleHz(int nibble) {
        return LOW_NIBBLE_BASE_HZ + STEP_HZ * nibble;
    }
}
