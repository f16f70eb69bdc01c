package dev.camelslng.component.protocol;

import org.apache.camel.Converter;

/**
 * With {@code outputType=response} the body is the whole result, yet {@code getBody(String.class)} and {@code ${body}}
 * still give its transcript. Without these, Camel would fall back to {@code toString()}, which for a batch result
 * includes the job's file list and its presigned download URLs.
 */
@Converter(generateLoader = true)
public final class TranscriptConverters {

    private TranscriptConverters() {
    }

    @Converter
    public static String toTranscript(SttTranscription transcription) {
        return transcription.transcript();
    }

    @Converter
    public static String toTranscript(BatchTranscription transcription) {
        return transcription.transcript();
    }
}
