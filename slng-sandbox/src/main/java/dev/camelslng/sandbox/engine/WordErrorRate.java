package dev.camelslng.sandbox.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How far a transcript is from what was said, on normalised words (lower case, punctuation stripped, "per cent" as
 * "percent"): a real engine is judged on its words, not on its spelling of them. Used by the real engine's tests and
 * the speech quality benchmark.
 */
public final class WordErrorRate {

    private WordErrorRate() {
    }

    /** @return the normalised words of {@code text}, none for blank text */
    public static List<String> words(String text) {
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").replace("per cent", "percent").trim();
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split("\\s+"));
    }

    /** @return the word error rate: {@link #errors} per word of the reference, 0 for an empty reference heard as nothing */
    public static double of(String reference, String heard) {
        int said = words(reference).size();
        int wrong = errors(reference, heard);
        return said == 0 ? wrong : (double) wrong / said;
    }

    /** @return the word-level edit distance (substitutions, insertions, deletions) from reference to heard */
    public static int errors(String reference, String heard) {
        List<String> ref = words(reference);
        List<String> hyp = words(heard);
        int[] previous = new int[hyp.size() + 1];
        int[] current = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[hyp.size()];
    }
}
