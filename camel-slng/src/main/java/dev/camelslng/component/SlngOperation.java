package dev.camelslng.component;

import dev.camelslng.component.protocol.ModelId;

/**
 * What an {@code slng:} endpoint does. The URI names are lower-case with dashes ({@code slng:batch-stt}); Camel's enum
 * converter maps them onto these constants.
 */
public enum SlngOperation {
    /** Text in, audio out, over {@code POST /v1/bridges/unmute/tts/{model}}. */
    TTS("tts", "slng/deepgram/aura:2-en"),
    /** Audio in, transcript out, over {@code POST /v1/bridges/unmute/stt/{model}}. */
    STT("stt", "slng/deepgram/nova:3-en"),
    /** Audio in, transcript out, through the batch API: submit, poll, fetch. */
    BATCH_STT("batch-stt", "slng/speechmatics/batch:15.0.0"),
    /** Text in, audio chunks out, over the WebSocket bridge {@code /v1/bridges/unmute/tts/{model}}. */
    TTS_STREAM("tts-stream", "slng/deepgram/aura:2-en"),
    /** Audio in, transcripts out, over the WebSocket bridge {@code /v1/bridges/unmute/stt/{model}}. */
    STT_STREAM("stt-stream", "slng/deepgram/nova:3-en");

    private final String uriName;
    private final ModelId defaultModel;

    SlngOperation(String uriName, String defaultModel) {
        this.uriName = uriName;
        this.defaultModel = new ModelId(defaultModel);
    }

    /** The model used when none is configured. */
    public ModelId defaultModel() {
        return defaultModel;
    }

    /** Whether it runs over a WebSocket session rather than HTTP calls. */
    public boolean isStream() {
        return this == TTS_STREAM || this == STT_STREAM;
    }

    @Override
    public String toString() {
        return uriName;
    }
}
