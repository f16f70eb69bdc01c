package dev.camelslng.sandbox.engine;

/**
 * What a {@link Transcriber} heard.
 *
 * @param text       the decoded text, empty when nothing was recognised
 * @param confidence how sure the decoder is, in [0, 1]; 0 for an empty text
 */
public record Transcript(String text, double confidence) {
}
