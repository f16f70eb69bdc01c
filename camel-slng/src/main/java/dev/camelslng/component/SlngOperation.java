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
    BATCH_STT("batch-stt", "slng/speechmatics/batch:15.0.0");

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

    @Override
    public String toString() {
        return uriName;
    }
}
