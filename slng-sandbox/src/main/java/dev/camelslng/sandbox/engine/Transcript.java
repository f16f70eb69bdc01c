package dev.camelslng.sandbox.engine;

import java.util.List;

/**
 * What a {@link Transcriber} heard.
 *
 * @param text       the decoded text, empty when nothing was recognised
 * @param confidence how sure the decoder is, in [0, 1]; 0 for an empty text
 * @param words      the words with their times, when the decoder knows them; empty otherwise (also for an empty text)
 */
public record Transcript(String text, double confidence, List<Word> words) {

    /**
     * One word and where it was heard.
     *
     * @param word        the word as spelled in the text
     * @param startMillis where it starts, in ms from the start of the decoded audio
     * @param endMillis   where it ends, in ms from the start of the decoded audio
     */
    public record Word(String word, long startMillis, long endMillis) {
    }

    public Transcript {
        words = List.copyOf(words);
    }

    /**
     * A transcript without word times.
     *
     * @param text       the decoded text, empty when nothing was recognised
     * @param confidence how sure the decoder is, in [0, 1]; 0 for an empty text
     */
    public Transcript(String text, double confidence) {
        this(text, confidence, List.of());
    }
}
