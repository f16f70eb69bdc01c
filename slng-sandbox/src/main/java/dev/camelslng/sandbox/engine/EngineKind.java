package dev.camelslng.sandbox.engine;

import dev.camelslng.sandbox.engine.real.RealSpeechEngine;

/**
 * The speech engines the sandbox ships, by name.
 */
public enum EngineKind {

    /** The deterministic {@link ToneSpeechEngine}: instant, exact round trips, not speech; the default. */
    TONE,

    /**
     * The {@link RealSpeechEngine}: FreeTTS speaks, Sphinx4 listens, offline; loads in 5-10 s and needs about 384 MB of
     * heap and the optional FreeTTS and Sphinx4 dependencies.
     */
    REAL;

    /** @return a new engine of this kind, loaded and ready */
    public SpeechEngine create() {
        return this == REAL ? new RealSpeechEngine() : new ToneSpeechEngine();
    }

    /**
     * Reads a name as given on a command line.
     *
     * @param  name                     {@code tone} or {@code real}, any case
     * @return                          the engine kind
     * @throws IllegalArgumentException for any other name
     */
    public static EngineKind of(String name) {
        for (EngineKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown engine " + name + "; use tone or real");
    }
}
