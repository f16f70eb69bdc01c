package dev.camelslng.component;

/** What a speech-to-text operation puts in the message body. */
public enum SlngOutputType {
    /** The transcript as a {@code String}. */
    TRANSCRIPT,
    /** The parsed response object: {@code SttTranscription} for stt, {@code BatchTranscription} for batch-stt. */
    RESPONSE
}
