package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.Transcript;

import java.util.List;

/**
 * One finished STT segment, positions in PCM bytes from the session's first audio byte.
 *
 * @param transcript  the decoded text, empty when nothing was recognised
 * @param confidence  the decoder's confidence, 0 for an empty text
 * @param words       the words with their times from the segment's start, when the decoder gives them; else empty
 * @param start       where the segment starts
 * @param end         where it ends (exclusive)
 * @param speechStart where its first tone symbol starts, or -1 when it has none
 * @param speechEnd   where its last tone symbol ends, or -1 when it has none
 */
record SttSegment(String transcript, double confidence, List<Transcript.Word> words, long start, long end, long speechStart,
                  long speechEnd) {

    long bytes() {
        return end - start;
    }

    /** From the start of its first tone symbol to the end of its last, 0 without speech. */
    long speechBytes() {
        return speechStart < 0 ? 0 : speechEnd - speechStart;
    }
}
