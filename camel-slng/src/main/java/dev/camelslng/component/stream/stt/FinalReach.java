package dev.camelslng.component.stream.stt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the finals of one connection reach in the session's audio, by two measures. The {@code duration}s summed from
 * the connection's first byte are exact only for providers that count every byte: some round them (to 0.1 s), some
 * count only the speech, and the sum drifts a little more with every final. Word times on the connection's clock do not
 * drift, so when a final has them the end of its last word is the measure that decides: audio before it was heard.
 * Word times that run backwards (a provider timing words within each final) are not on that clock and are not used
 * for the rest of the connection. The protocol does not say which clock providers use; Deepgram's is the stream's. A
 * provider timing words per final goes unnoticed only while each final's first word starts later into the final than
 * the previous final's last word ended into the connection (a short first phrase, then a long pause).
 */
final class FinalReach {

    /** A final's reach: by its words, or -1; by the durations so far, or -1 when it had none. */
    record Reach(long byWords, long byDuration) {

        /** The best estimate, or {@code fallback} when the final measured nothing. */
        long best(long fallback) {
            return byWords >= 0 ? byWords : byDuration >= 0 ? byDuration : fallback;
        }
    }

    /** Word times are rounded (to the millisecond, or a 20 ms frame): a word may start that much before the last ended. */
    private static final double CLOCK_TOLERANCE_SECONDS = 0.02;

    private final int bytesPerSecond;
    private long start;
    private double seconds;
    private double lastWordEnd;
    private boolean wordsOffClock;
    private boolean durationsFallShort;

    FinalReach(int bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** A new connection whose first byte is the session's audio at {@code offset}. */
    void restart(long offset) {
        start = offset;
        seconds = 0;
        lastWordEnd = 0;
        wordsOffClock = false;
        durationsFallShort = false;
    }

    /** Measures a final with this {@code duration} (or null) and these {@code words} (a JSON array, or missing). */
    Reach of(Double duration, JsonNode words) {
        if (duration != null) {
            seconds += duration;
        }
        Reach reach = new Reach(byWords(words), duration != null ? offset(seconds) : -1);
        if (reach.byDuration() >= 0 && reach.byWords() >= 0
            && reach.byDuration() + CLOCK_TOLERANCE_SECONDS * bytesPerSecond < reach.byWords()) {
            durationsFallShort = true;
        }
        return reach;
    }

    /**
     * Whether this connection's durations have counted less audio than its words show (speech only, or rounded down):
     * they cannot tell that a final reached a {@code finalize}.
     */
    boolean durationsFallShort() {
        return durationsFallShort;
    }

    private long byWords(JsonNode words) {
        if (wordsOffClock || !words.isArray() || words.isEmpty()) {
            return -1;
        }
        JsonNode first = words.get(0).path("start");
        JsonNode last = words.get(words.size() - 1).path("end");
        if (!first.isNumber() || !last.isNumber()) {
            return -1;
        }
        if (first.asDouble() < lastWordEnd - CLOCK_TOLERANCE_SECONDS || last.asDouble() < first.asDouble()) {
            wordsOffClock = true;
            return -1;
        }
        lastWordEnd = last.asDouble();
        return offset(lastWordEnd);
    }

    private long offset(double connectionSeconds) {
        return start + Math.round(connectionSeconds * bytesPerSecond / 2) * 2;
    }
}
