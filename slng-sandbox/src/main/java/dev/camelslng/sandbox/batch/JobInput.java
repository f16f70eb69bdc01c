package dev.camelslng.sandbox.batch;

import dev.camelslng.sandbox.engine.Transcript;

/**
 * The uploaded file of a batch job, already transcribed while it streamed in.
 *
 * @param fileName   the file name the client gave, may be null
 * @param mimeType   the part's content type, may be null
 * @param sizeBytes  how many bytes were uploaded
 * @param transcript what the engine heard
 */
public record JobInput(String fileName, String mimeType, long sizeBytes, Transcript transcript) {
}
