package dev.camelslng.benchmarks;

import java.util.Locale;
import java.util.function.Function;

/**
 * The speech quality phase's figures, for the terminal and for the "Speech quality" table of the report.
 *
 * @param overHttp     what {@code slng:stt} heard
 * @param overStream   what {@code slng:stt-stream?replyWithResult=true} heard
 * @param startSeconds from starting the real-engine sandbox JVM to its listening (model load and priming included)
 * @param phaseSeconds the whole phase, start-up included
 */
record SpeechQualityFigures(Tally overHttp, Tally overStream, double startSeconds, double phaseSeconds) {

    /** The acceptance bound on the word error rate. */
    static final double MAX_WORD_ERROR_RATE = 0.20;

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %14s %14s %10s %7s%n", "speech quality (real engine)",
                "HTTP", "stream", "target", "result"));
        rows((label, http, stream, target, result) -> out.append(String.format(Locale.ROOT, "%-40s %14s %14s %10s %7s%n", label, http,
                stream, target, result)));
        return out.append(String.format(Locale.ROOT, "phase: %.0f s (sandbox start-up %.1f s)%n", phaseSeconds, startSeconds)).toString();
    }

    String markdownTable() {
        StringBuilder out = new StringBuilder("| Metric | HTTP (`slng:stt`) | Stream (`slng:stt-stream`) | Target | Result |\n"
                                              + "|---|---:|---:|---|---|\n");
        rows((label, http, stream, target, result) -> out.append("| ").append(label).append(" | ").append(http).append(" | ")
                .append(stream).append(" | ").append(target).append(" | ").append(result).append(" |\n"));
        return out.toString().strip();
    }

    private void rows(Row row) {
        row.add("Word error rate (normalised words)", both(t -> String.format(Locale.ROOT, "%.1f%% (%d/%d)", t.wordErrorRate() * 100,
                t.errors(), t.words())), String.format(Locale.ROOT, "<= %.0f%%", MAX_WORD_ERROR_RATE * 100), verdict());
        row.add("Sentences exact", both(t -> t.exact() + " of " + t.sentences()), "", "");
        row.add("Decode time / audio time", both(t -> String.format(Locale.ROOT, "%.2f", t.decodeOverAudio())), "", "");
        row.add("Audio transcribed (s)", both(t -> String.format(Locale.ROOT, "%.1f", t.audioSeconds())), "", "");
    }

    private String[] both(Function<Tally, String> figure) {
        return new String[] {figure.apply(overHttp), figure.apply(overStream)};
    }

    /** @return pass when both paths are within the bound */
    String verdict() {
        return Math.max(overHttp.wordErrorRate(), overStream.wordErrorRate()) <= MAX_WORD_ERROR_RATE ? "pass" : "MISS";
    }

    /** One line of the table. */
    private interface Row {
        void add(String label, String http, String stream, String target, String result);

        default void add(String label, String[] figures, String target, String result) {
            add(label, figures[0], figures[1], target, result);
        }
    }
}
