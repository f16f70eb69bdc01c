package dev.camelslng.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's contact-center and barge-in routes, as the README writes them, with its queues as seda queues: two calls
 * transcribed at once, each call's finals then its closed event, captions from partials; an agent's answer cut short by
 * a barge-in and the next sentence played whole.
 */
class ReadmeStreamRoutesTest extends StreamTestSupport {

    private final List<Message> transcripts = new CopyOnWriteArrayList<>();
    private final List<Message> transcribed = new CopyOnWriteArrayList<>();
    private final List<Message> captions = new CopyOnWriteArrayList<>();
    private final List<Message> played = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:call-audio")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .to("slng:stt-stream:calls?model=slng/deepgram/nova:3-en&enablePartials=true");

                from("seda:call-ended")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .setHeader("CamelSlngStreamCommand", constant("close"))
                        .to("slng:stt-stream:calls");

                from("slng:stt-stream:calls?events=final,lifecycle")
                        .setHeader("callId", header("CamelSlngStreamId"))
                        .choice()
                            .when(header("CamelSlngStreamEvent").isEqualTo("final_transcript")).to("seda:transcripts")
                            .when(header("CamelSlngStreamEvent").isEqualTo("closed")).to("seda:call-transcribed")
                            .when(header("CamelSlngStreamEvent").isEqualTo("failed")).to("seda:call-failed");

                from("slng:stt-stream:calls?events=partial")
                        .to("seda:captions");

                from("direct:agent-says")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .to("slng:tts-stream:agent?voice=aura-2-thalia-en");

                from("direct:caller-interrupts")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .setHeader("CamelSlngStreamCommand", constant("clear"))
                        .to("slng:tts-stream:agent");

                from("slng:tts-stream:agent?events=audio")
                        .to("direct:play-to-caller");

                from("seda:transcripts").process(e -> transcripts.add(e.getMessage().copy()));
                from("seda:call-transcribed").process(e -> transcribed.add(e.getMessage().copy()));
                from("seda:captions").process(e -> captions.add(e.getMessage().copy()));
                from("direct:play-to-caller").process(e -> played.add(e.getMessage().copy()));
            }
        };
    }

    @Test
    void theReadmeWritesTheseRoutes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (String uri : List.of("slng:stt-stream:calls?model=slng/deepgram/nova:3-en&enablePartials=true",
                "slng:stt-stream:calls\")", "slng:stt-stream:calls?events=final,lifecycle", "slng:stt-stream:calls?events=partial",
                "slng:tts-stream:agent?voice=aura-2-thalia-en\")", "slng:tts-stream:agent\")", "slng:tts-stream:agent?events=audio")) {
            assertThat(readme).contains(uri);
        }
    }

    @Test
    void twoCallsAtOnceGetTheirOwnFinalsThenTheirEnd() {
        Map<String, String> said = Map.of("call-1", "your parcel left the depot", "call-2", "i would like a refund");
        said.forEach((call, text) -> {
            byte[] audio = pcm(text);
            for (int offset = 0; offset < audio.length; offset += 3200) {
                // the test's producer waits for each chunk, so no call ends before its audio is out
                template.sendBodyAndHeader("seda:call-audio?waitForTaskToComplete=Always", Arrays.copyOfRange(audio, offset,
                        Math.min(audio.length, offset + 3200)), "callId", call);
            }
        });
        said.keySet().forEach(call -> template.sendBodyAndHeader("seda:call-ended", null, "callId", call));

        await().atMost(Duration.ofSeconds(15)).until(() -> transcribed.size() == 2);
        said.forEach((call, text) -> {
            List<String> finals = transcripts.stream().filter(m -> call.equals(m.getHeader("callId")))
                    .map(m -> m.getBody(String.class)).filter(t -> !t.isEmpty()).toList();
            assertThat(finals).as(call).containsExactly(text);
        });
        assertThat(transcribed).extracting(m -> m.getHeader("callId")).containsExactlyInAnyOrder("call-1", "call-2");
        assertThat(captions).as("partials for live captions").isNotEmpty()
                .allSatisfy(m -> assertThat(m.getHeader(SlngConstants.STREAM_EVENT)).isEqualTo("partial_transcript"));
    }

    @Test
    void aBargeInCutsTheAnswerShortAndTheNextSentencePlaysWhole() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(50));
        template.sendBodyAndHeader("direct:agent-says", "let me read you the whole of our terms and conditions", "callId", "c1");
        await().atMost(Duration.ofSeconds(10)).until(() -> !played.isEmpty());

        template.sendBodyAndHeader("direct:caller-interrupts", null, "callId", "c1");
        int playedAtClear = played.size();
        template.sendBodyAndHeader("direct:agent-says", "sorry, go ahead", "callId", "c1");

        await().atMost(Duration.ofSeconds(15)).until(() -> played.stream().anyMatch(m -> utterance(m) == 2L
                && Boolean.TRUE.equals(m.getHeader(SlngConstants.LAST_CHUNK))));
        byte[] second = played.stream().filter(m -> utterance(m) == 2L).map(m -> m.getBody(byte[].class))
                .reduce(new byte[0], SttStreamTest::concat);
        byte[] wav = sandbox().engine().synthesize("sorry, go ahead", "aura-2-thalia-en");
        assertThat(second).isEqualTo(Arrays.copyOfRange(wav, 44, wav.length));
        assertThat(played.stream().filter(m -> utterance(m) == 1L).count()).as("no audio of the first answer after the clear")
                .isLessThanOrEqualTo(playedAtClear + 1L);
        assertThat(played).allSatisfy(m -> assertThat(m.getHeader(SlngConstants.STREAM_ID)).isEqualTo("c1"));
    }

    private static long utterance(Message message) {
        return message.getHeader(SlngConstants.UTTERANCE_INDEX, Long.class);
    }
}
