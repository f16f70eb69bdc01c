package dev.camelslng.component.stream.tts;

import java.util.ArrayList;
import java.util.List;

import dev.camelslng.component.SlngTextChunking;

/**
 * A TTS session's text not sent yet, cut into the pieces that go out as {@code text} messages. A cut is made only at
 * whitespace, so a number that arrives as several tokens ({@code 4}, {@code 2}) stays whole, and a piece without a
 * letter or digit (a newline, a lone dash) is never sent on its own: it waits for the next piece. Runs under the
 * session's lock.
 */
final class TextChunker {

    /** A phrase with no punctuation ends at the first word end past this many characters (LiveKit's phrase length). */
    static final int PHRASE_MAX_CHARS = 60;

    private final StringBuilder held = new StringBuilder();

    /** Takes the next text and returns the pieces now complete (none while a piece is still being written). */
    List<String> add(String text, SlngTextChunking chunking) {
        held.append(text);
        List<String> pieces = new ArrayList<>();
        int cut = chunking == SlngTextChunking.NONE ? held.length() : nextCut(chunking);
        while (cut > 0 && speaks(held, cut)) {
            pieces.add(held.substring(0, cut));
            held.delete(0, cut);
            cut = chunking == SlngTextChunking.NONE ? 0 : nextCut(chunking);
        }
        return pieces;
    }

    /** The end of a turn: the rest, or null when nothing in it can be spoken (it is dropped). */
    String drain() {
        String rest = speaks(held, held.length()) ? held.toString() : null;
        held.setLength(0);
        return rest;
    }

    /** A barge-in: what was not sent is not to be said. */
    void clear() {
        held.setLength(0);
    }

    /**
     * Where the first complete piece ends: at a whitespace right after a word, when the mode cuts there and the piece
     * has something to say; 0 while none is complete.
     */
    private int nextCut(SlngTextChunking chunking) {
        for (int i = 1; i < held.length(); i++) {
            if (!Character.isWhitespace(held.charAt(i)) || Character.isWhitespace(held.charAt(i - 1))) {
                continue;
            }
            char before = held.charAt(i - 1);
            boolean cut = switch (chunking) {
                case WORD -> true;
                case SENTENCE -> ".!?".indexOf(before) >= 0;
                default -> ".,!?;:".indexOf(before) >= 0 || i >= PHRASE_MAX_CHARS;
            };
            if (cut && speaks(held, i)) {
                return i;
            }
        }
        return 0;
    }

    private static boolean speaks(CharSequence text, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
