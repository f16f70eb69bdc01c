package dev.camelslng.sandbox.catalog;

import java.util.Locale;

/**
 * A catalogue model's {@code service_type} (protocol §10.1). Batch transcription models are {@link #STT} models with
 * {@link CatalogModel#batch()} set.
 */
public enum ServiceType {
    TTS,
    STT;

    /** @return the wire form, {@code tts} or {@code stt} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
