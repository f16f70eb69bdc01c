package dev.camelslng.component.stream.tts;

import java.util.ArrayList;
import java.util.List;

import dev.camelslng.component.SlngTextChunking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunkerTest {

    private final TextChunker chunker = new TextChunker();

    @Test
    void noneSendsEachMessageButHoldsWhatHasNothingToSay() {
        assertThat(chunker.add(" ", SlngTextChunking.NONE)).isEmpty();
        assertThat(chunker.add("\n\n", SlngTextChunking.NONE)).isEmpty();
        assertThat(chunker.add("Hello", SlngTextChunking.NONE)).containsExactly(" \n\nHello");
        assertThat(chunker.add(" there", SlngTextChunking.NONE)).containsExactly(" there");
        assertThat(chunker.drain()).isNull();
    }

    @Test
    void wordsEndAtTheWhitespaceAfterThem() {
        assertThat(pieces(SlngTextChunking.WORD, "Hel", "lo", " wor", "ld", "!", " Bye", ".")).containsExactly("Hello", " world!");
        assertThat(chunker.drain()).isEqualTo(" Bye.");
    }

    @Test
    void sentencesEndAfterTheirStopNotInsideANumber() {
        assertThat(pieces(SlngTextChunking.SENTENCE, "It", " costs", " 3", ".", "5", " euros", ".", " Pay", "?", "\n", "Yes"))
                .containsExactly("It costs 3.5 euros.", " Pay?");
        assertThat(chunker.drain()).isEqualTo("\nYes");
    }

    @Test
    void phrasesEndAtPunctuationOrPastSixtyCharacters() {
        List<String> pieces = pieces(SlngTextChunking.PHRASE, "One", ",", " two", ";", " three four five six seven eight nine ten",
                " eleven twelve thirteen fourteen", " fifteen");

        assertThat(pieces).containsExactly("One,", " two;", " three four five six seven eight nine ten eleven twelve thirteen");
        assertThat(pieces.get(2)).hasSizeGreaterThanOrEqualTo(TextChunker.PHRASE_MAX_CHARS);
        assertThat(chunker.drain()).isEqualTo(" fourteen fifteen");
    }

    @Test
    void aPieceWithoutALetterOrDigitWaitsForTheNext() {
        assertThat(pieces(SlngTextChunking.PHRASE, "Done", ".", "\n\n", "-", " Next", ",", " please")).containsExactly("Done.",
                "\n\n- Next,");
        assertThat(chunker.drain()).isEqualTo(" please");
    }

    @Test
    void aTurnThatEndsWithNothingToSayDropsItAndAClearForgetsWhatWasHeld() {
        assertThat(pieces(SlngTextChunking.SENTENCE, "\n", " ")).isEmpty();
        assertThat(chunker.drain()).isNull();
        assertThat(pieces(SlngTextChunking.SENTENCE, "Never", " said")).isEmpty();

        chunker.clear();

        assertThat(chunker.drain()).isNull();
    }

    private List<String> pieces(SlngTextChunking chunking, String... tokens) {
        List<String> pieces = new ArrayList<>();
        for (String token : tokens) {
            pieces.addAll(chunker.add(token, chunking));
        }
        return pieces;
    }
}
