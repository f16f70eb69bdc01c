package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.real.RealSpeechEngine;

/** One real engine for all the real-speech test classes of a JVM: its models take 5-20 s to load. */
final class RealEngine {

    private static SpeechEngine shared;

    private RealEngine() {
    }

    static synchronized SpeechEngine shared() {
        if (shared == null) {
            shared = new RealSpeechEngine();
        }
        return shared;
    }
}
