package dev.camelslng.sandbox.engine;

/**
 * Finds the byte carried by one 20 ms frame of {@link ToneCode} audio at one sample rate, or decides the frame is silence
 * or noise. Not thread-safe: one instance per stream.
 */
final class SymbolDetector {

    /** Mean square below this (about 1% of full scale) is silence; checked first so silence costs one pass. */
    private static final double SILENCE_MEAN_SQUARE = 1.0e5;
    /** Each winning tone must carry at least this share of the frame energy (a clean symbol gives about 0.5). */
    private static final double MIN_TONE_SHARE = 0.25;
    /** A winner must have at least 10x the power of the runner-up in its group. */
    private static final double MIN_DOMINANCE = 0.9;

    /** A detected byte and how clearly it stood out, in [0, 1]. */
    record Symbol(int value, double dominance) {
    }

    private final double[] samples;
    private final double[] highCoefficients;
    private final double[] lowCoefficients;
    private final double[] powers = new double[ToneCode.TONES_PER_GROUP];

    /** @param sampleRate a rate the code {@link ToneCode#decodes decodes} at */
    SymbolDetector(int sampleRate) {
        samples = new double[frameBytes(sampleRate) / 2];
        highCoefficients = coefficients(true, sampleRate);
        lowCoefficients = coefficients(false, sampleRate);
    }

    /** @return the bytes of one 20 ms frame of PCM16LE at this rate */
    static int frameBytes(int sampleRate) {
        return sampleRate / ToneCode.SYMBOLS_PER_SECOND * 2;
    }

    /** Returns the symbol in a frame of PCM16LE bytes, or null for silence and noise. */
    Symbol detect(byte[] frame) {
        double energy = 0;
        for (int i = 0; i < samples.length; i++) {
            double s = (short) ((frame[2 * i] & 0xFF) | frame[2 * i + 1] << 8);
            samples[i] = s;
            energy += s * s;
        }
        if (energy < SILENCE_MEAN_SQUARE * samples.length) {
            return null;
        }
        // Goertzel power of a full-amplitude tone is (A*N/2)^2 while its energy is A^2*N/2: share = 2*power/(N*energy)
        double toNormalisedShare = 2.0 / (samples.length * energy);
        Winner high = strongest(highCoefficients, toNormalisedShare);
        Winner low = strongest(lowCoefficients, toNormalisedShare);
        if (high == null || low == null) {
            return null;
        }
        return new Symbol(high.tone << 4 | low.tone, Math.min(high.dominance, low.dominance));
    }

    private record Winner(int tone, double dominance) {
    }

    private Winner strongest(double[] coefficients, double toNormalisedShare) {
        int best = 0;
        double second = 0;
        for (int k = 0; k < coefficients.length; k++) {
            powers[k] = goertzel(coefficients[k]);
            if (powers[k] > powers[best]) {
                second = powers[best];
                best = k;
            } else if (k != best && powers[k] > second) {
                second = powers[k];
            }
        }
        double dominance = 1 - second / powers[best];
        if (powers[best] * toNormalisedShare < MIN_TONE_SHARE || dominance < MIN_DOMINANCE) {
            return null;
        }
        return new Winner(best, dominance);
    }

    private double goertzel(double coefficient) {
        double s1 = 0;
        double s2 = 0;
        for (double x : samples) {
            double s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }

    private static double[] coefficients(boolean highNibble, int sampleRate) {
        double[] result = new double[ToneCode.TONES_PER_GROUP];
        for (int nibble = 0; nibble < result.length; nibble++) {
            int hz = highNibble ? ToneCode.highNibbleHz(nibble) : ToneCode.lowNibbleHz(nibble);
            result[nibble] = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
        }
        return result;
    }
}
