package dev.camelslng.sandbox.catalog;

/**
 * Where a model id is used, which decides the kind of model that may serve it.
 */
public enum ModelUse {
    /** {@code POST /v1/bridges/unmute/tts/{model}}. */
    TTS_HTTP,
    /** The TTS bridge over WebSocket. */
    TTS_WS,
    /** {@code POST /v1/bridges/unmute/stt/{model}}. */
    STT_HTTP,
    /** The STT bridge over WebSocket. */
    STT_WS,
    /** The {@code model_code} of a batch job submit. */
    BATCH
}
