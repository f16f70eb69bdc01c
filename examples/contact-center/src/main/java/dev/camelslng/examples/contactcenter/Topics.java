package dev.camelslng.examples.contactcenter;

/** The topics the roles share, and what their records carry. */
final class Topics {

    /** Audio of the calls: key = call id, value = 20 ms of 16 kHz 16-bit mono PCM; a call ends with an end record. */
    static final String CALL_AUDIO = "call-audio";
    /** Transcripts of the calls: key = call id, value = JSON, a final transcript or the call's completion. */
    static final String CALL_TRANSCRIPTS = "call-transcripts";
    /** Partitions of each topic: as many workers as this can share the calls. */
    static final int PARTITIONS = 12;
    /** The header of the record that ends a call's audio (its value is empty). */
    static final String CALL_END_HEADER = "call-end";

    private Topics() {
    }
}
