package dev.camelslng.benchmarks;

import dev.camelslng.sandbox.engine.WordErrorRate;

/** What one transcription path heard over the speech quality phase's sentences, against what was said. */
final class Tally {

    private int sentences;
    private int exact;
    private int words;
    private int errors;
    private double audioSeconds;
    private long decodeNanos;

    /** @return the word errors in this transcript */
    int add(String said, String heard, double audio, long decodeTime) {
        int wrong = WordErrorRate.errors(said, heard);
        sentences++;
        exact += wrong == 0 ? 1 : 0;
        words += WordErrorRate.words(said).size();
        errors += wrong;
        audioSeconds += audio;
        decodeNanos += decodeTime;
        return wrong;
    }

    double wordErrorRate() {
        return (double) errors / words;
    }

    /** @return the STT calls' wall time over the seconds of audio they transcribed: below 1 is faster than real time */
    double decodeOverAudio() {
        return decodeNanos / 1e9 / audioSeconds;
    }

    int sentences() {
        return sentences;
    }

    int exact() {
        return exact;
    }

    int words() {
        return words;
    }

    int errors() {
        return errors;
    }

    double audioSeconds() {
        return audioSeconds;
    }
}
