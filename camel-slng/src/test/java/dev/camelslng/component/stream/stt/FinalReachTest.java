package dev.camelslng.component.stream.stt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where finals reach, in bytes of 16 kHz PCM16 (32,000 a second), on a connection whose first byte is offset 64,000. */
class FinalReachTest {

    private static final int BYTES_PER_SECOND = 32_000;
    private static final long START = 64_000;

    private final FinalReach reach = new FinalReach(BYTES_PER_SECOND);

    FinalReachTest() {
        reach.restart(START);
    }

    @Test
    void wordsOnTheConnectionsClockDecideAndDurationsAddUp() {
        FinalReach.Reach first = reach.of(0.7, words(0.1, 0.62));
        FinalReach.Reach second = reach.of(0.8, words(0.8, 1.3));

        assertThat(first.byWords()).isEqualTo(START + 19_840);
        assertThat(first.byDuration()).isEqualTo(START + 22_400);
        assertThat(second.byWords()).isEqualTo(START + 41_600);
        assertThat(second.byDuration()).isEqualTo(START + 48_000);
        assertThat(second.best(-1)).isEqualTo(second.byWords());
        assertThat(reach.durationsFallShort()).isFalse();
    }

    @Test
    void wordsThatRunBackwardsAreOnEachFinalsClockAndNotUsedForTheRestOfTheConnection() {
        reach.of(0.5, words(0.1, 0.4));
        FinalReach.Reach perFinal = reach.of(0.5, words(0.1, 0.4));
        FinalReach.Reach later = reach.of(0.5, words(2.0, 2.4));

        assertThat(perFinal.byWords()).isEqualTo(-1);
        assertThat(perFinal.best(-1)).isEqualTo(START + 32_000);
        assertThat(later.byWords()).as("still off the clock").isEqualTo(-1);
        reach.restart(START);
        assertThat(reach.of(0.5, words(0.1, 0.4)).byWords()).as("a new connection trusts words again").isEqualTo(START + 12_800);
    }

    @Test
    void aWordMayStartTwentyMillisecondsBeforeTheLastEnded() {
        reach.of(null, words(0.1, 0.5));

        assertThat(reach.of(null, words(0.48, 0.9)).byWords()).isEqualTo(START + 28_800);
        assertThat(reach.of(null, words(0.87, 1.2)).byWords()).isEqualTo(-1);
    }

    @Test
    void durationsFallShortOnceTheyCountLessThanTheWordsShow() {
        reach.of(0.5, words(0.1, 0.5));
        assertThat(reach.durationsFallShort()).as("0.5 s of durations reach the word that ends at 0.5 s").isFalse();

        reach.of(0.3, words(1.0, 1.3));

        assertThat(reach.durationsFallShort()).as("0.8 s of durations for a word that ends at 1.3 s").isTrue();
    }

    @Test
    void aFinalWithoutWordsOrDurationMeasuresNothing() {
        FinalReach.Reach nothing = reach.of(null, MissingNode.getInstance());

        assertThat(nothing.byWords()).isEqualTo(-1);
        assertThat(nothing.byDuration()).isEqualTo(-1);
        assertThat(nothing.best(12_345)).isEqualTo(12_345);
        assertThat(reach.of(null, JsonNodeFactory.instance.arrayNode()).byWords()).as("no words").isEqualTo(-1);
    }

    private static JsonNode words(double start, double end) {
        ArrayNode words = JsonNodeFactory.instance.arrayNode();
        words.addObject().put("word", "first").put("start", start).put("end", (start + end) / 2);
        words.addObject().put("word", "last").put("start", (start + end) / 2).put("end", end);
        return words;
    }
}
