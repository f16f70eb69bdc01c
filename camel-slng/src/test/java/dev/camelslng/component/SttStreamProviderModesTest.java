package dev.camelslng.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import dev.camelslng.component.stream.session.SessionSnapshot;
import dev.camelslng.component.stream.session.SessionState;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component against finals reported as real providers report them, not as the sandbox counts by default (exactly
 * the bytes a final covers): durations rounded to a step, durations of the speech only, word times counted from each
 * final's start. With a drop mid-stream the replay still has to give each sentence exactly once.
 * <p>
 * Every sentence is 28 characters: with the tone engine a final then covers 0.76 s (0.72 s the first), 0.56 s of it
 * speech, so rounding to 0.1 s reports 40 ms too much for each, the same way every time.
 */
class SttStreamProviderModesTest extends StreamTestSupport {

    private static final String STREAM = "captions";
    /** Short enough that a session whose finalize was answered closes within the test. */
    private static final String CAPTIONS = "slng:stt-stream?sessionIdleTimeout=1500";
    private static final List<String> SENTENCES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> String.format("this is caption number %02d ok", i)).toList();
    /** Frames both ways (init, ready, 2048-byte chunks, finals) after which the first connection drops: past 5 finals. */
    private static final int DROP_AFTER_FRAMES = 90;

    private final List<String> finals = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(CAPTIONS).filter(header(SlngConstants.FINAL).isEqualTo(true))
                        .process(exchange -> finals.add(exchange.getMessage().getBody(String.class)));
            }
        };
    }

    /** Finals of whole 20 ms symbols lose nothing to a 0.01 s step: the replay must start where it did without rounding. */
    @Test
    void durationsRoundedToAHundredthWithADropGiveEachSentenceOnce() {
        assertEachSentenceOnceDespiteADrop(fault -> fault.roundFinalDurations(0.01));
    }

    /** Six finals say 4.7 s for 4.52 s of audio: summed, the replay after the drop would start 180 ms into sentence 7. */
    @Test
    void durationsRoundedToATenthWithADropGiveEachSentenceOnce() {
        assertEachSentenceOnceDespiteADrop(fault -> fault.roundFinalDurations(0.1));
    }

    /** Six finals say 3.36 s for 4.52 s of audio: summed, the replay would start inside sentence 5. */
    @Test
    void finalsThatSkipSilenceWithADropGiveEachSentenceOnce() {
        assertEachSentenceOnceDespiteADrop(Fault::finalsSkipSilence);
    }

    /**
     * With exact durations a final cut at a silence 220 ms before the finalize (the sandbox cuts after 60 ms of silence)
     * is not its answer: the reply waits for the final of the short word after it, whose duration reaches the finalize.
     */
    @Test
    void aFinalCutAtASilenceJustBeforeTheFinalizeIsNotItsAnswerWhenDurationsAreExact() {
        byte[] word = pcm("a");
        byte[] audio = SttStreamTest.concat(pcm(SENTENCES.get(0)), Arrays.copyOf(word, word.length - 5 * 640));

        String heard = template.requestBody("slng:stt-stream?replyWithResult=true&callTimeout=10000", audio, String.class);

        assertThat(heard).isEqualTo(SENTENCES.get(0) + " a");
    }

    /** Word times on each final's own clock would put the replay back at the start of the stream: they are not used. */
    @Test
    void wordTimesFromEachFinalsStartWithADropGiveEachSentenceOnce() {
        assertEachSentenceOnceDespiteADrop(Fault::wordTimesPerFinal);
    }

    @Test
    void withoutADropRoundedAndSpeechOnlyDurationsChangeNothing() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).roundFinalDurations(0.1).finalsSkipSilence());

        streamAllSentences();

        await().atMost(Duration.ofSeconds(30)).until(() -> spoken().size() >= SENTENCES.size());
        assertThat(spoken()).containsExactlyElementsOf(SENTENCES);
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).hasSize(1);
    }

    private void streamAllSentences() {
        byte[] audio = SttStreamTest.concat(SENTENCES.stream().map(this::pcm).toArray(byte[][]::new));
        for (int offset = 0; offset < audio.length; offset += 2048) {
            template.sendBodyAndHeader(CAPTIONS, Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + 2048)),
                    SlngConstants.STREAM_ID, STREAM);
        }
        template.sendBodyAndHeaders(CAPTIONS, null, Map.of(SlngConstants.STREAM_ID, STREAM,
                SlngConstants.STREAM_COMMAND, "finalize"));
    }

    /**
     * Streams the sentences to a server in this mode whose first connection drops mid-stream: each sentence arrives once,
     * in order, and nothing more in a quiet second after it (a late duplicate fails it too).
     */
    private void assertEachSentenceOnceDespiteADrop(UnaryOperator<Fault> mode) {
        sandbox().faults().add(mode.apply(Fault.on(SandboxRoute.STT_STREAM)).dropAfterFrames(DROP_AFTER_FRAMES))
                .add(mode.apply(Fault.on(SandboxRoute.STT_STREAM)).always());

        streamAllSentences();

        await().atMost(Duration.ofSeconds(30)).until(() -> spoken().size() >= SENTENCES.size());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(spoken())
                .as(this::connections).containsExactlyElementsOf(SENTENCES));
        List<StreamSessionRecord> connections = sandbox().streams().of(SandboxRoute.STT_STREAM);
        assertThat(connections).as(this::connections).hasSize(2);
        assertThat(connections.get(0).dropped()).isTrue();
        assertThat(connections.get(0).finals()).as("the drop came mid-stream").hasSizeBetween(5, SENTENCES.size() - 2);
        SlngEndpoint endpoint = context.getEndpoint(CAPTIONS, SlngEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(endpoint.sessions().recentlyEnded())
                .as("the finalize was answered, so the session idled out").extracting(SessionSnapshot::state)
                .containsExactly(SessionState.CLOSED));
    }

    /**
     * Durations of the speech only never reach a finalize sent 40 ms after the last word (too little silence for the
     * server to have cut a final there): the final whose last word ends that close answers it.
     */
    @Test
    void aFinalEndingJustBeforeItsFinalizeAnswersItWhenDurationsCountOnlySpeech() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).finalsSkipSilence().always());
        byte[] sentence = pcm(SENTENCES.get(0));
        byte[] cut = Arrays.copyOf(sentence, sentence.length - 3 * 640);

        String heard = template.requestBody("slng:stt-stream?replyWithResult=true&callTimeout=10000", cut, String.class);

        assertThat(heard).isEqualTo(SENTENCES.get(0));
    }

    private List<String> spoken() {
        return finals.stream().filter(text -> !text.isBlank()).toList();
    }

    /** What each connection received and what its finals said: the story of a failure. */
    private String connections() {
        StringBuilder story = new StringBuilder("finals the route got: " + finals);
        sandbox().streams().of(SandboxRoute.STT_STREAM).forEach(r -> story.append("\n  ").append(r).append(" received ")
                .append(r.audioBytesReceived()).append(", covered ").append(r.finalBytes()).append(": ").append(r.finals()));
        return story.toString();
    }
}
