package dev.camelslng.component;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.component.audio.G711;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A voice agent's routes: a recorded chat-completion token stream in, cut into phrases; µ-law out for the phone; the
 * caller talks over the answer (barge-in) and the agent's short reply plays whole, as the phone gets it.
 */
class VoiceAgentRouteTest extends StreamTestSupport {

    private final List<Message> played = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:llm-token")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .to("slng:tts-stream:agent?encoding=mulaw&textChunking=phrase");
                from("direct:llm-done")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .setHeader("CamelSlngStreamCommand", constant("flush"))
                        .to("slng:tts-stream:agent");
                from("direct:caller-interrupts")
                        .setHeader("CamelSlngStreamId", header("callId"))
                        .setHeader("CamelSlngStreamCommand", constant("clear"))
                        .to("slng:tts-stream:agent");
                from("slng:tts-stream:agent?events=audio")
                        .process(e -> played.add(e.getMessage().copy()));
            }
        };
    }

    @Test
    void tokensInMulawOutAndABargeInCutsTheAnswerShort() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(50));
        for (String token : tokens()) {
            template.sendBodyAndHeader("direct:llm-token", token, "callId", "call-42");
        }
        template.sendBodyAndHeader("direct:llm-done", null, "callId", "call-42");
        await().atMost(Duration.ofSeconds(10)).until(() -> !played.isEmpty());

        template.sendBodyAndHeader("direct:caller-interrupts", null, "callId", "call-42");
        int playedAtClear = played.size();
        template.sendBodyAndHeader("direct:llm-token", "Sorry, go ahead.", "callId", "call-42");
        template.sendBodyAndHeader("direct:llm-done", null, "callId", "call-42");

        await().atMost(Duration.ofSeconds(15)).until(() -> played.stream().anyMatch(m -> utterance(m) == 2
                && Boolean.TRUE.equals(m.getHeader(SlngConstants.LAST_CHUNK))));
        byte[] reply = played.stream().filter(m -> utterance(m) == 2).map(m -> m.getBody(byte[].class))
                .reduce(new byte[0], SttStreamTest::concat);
        byte[] pcm = template.requestBody("slng:tts-stream:reference?replyWithResult=true&sampleRate=8000", "Sorry, go ahead.",
                byte[].class);
        assertThat(reply).as("the reply, as the phone plays it").isEqualTo(G711.MULAW.encode(pcm));
        assertThat(played.stream().filter(m -> utterance(m) == 1).count()).as("nothing of the answer after the barge-in")
                .isLessThanOrEqualTo(playedAtClear + 1L);
        assertThat(played).allSatisfy(m -> {
            assertThat(m.getHeader(SlngConstants.ENCODING)).isEqualTo("mulaw");
            assertThat(m.getHeader(SlngConstants.SAMPLE_RATE)).isEqualTo(8000);
            assertThat(m.getHeader(SlngConstants.STREAM_ID)).isEqualTo("call-42");
        });
    }

    private static long utterance(Message message) {
        return message.getHeader(SlngConstants.UTTERANCE_INDEX, Long.class);
    }

    private static List<String> tokens() throws Exception {
        try (InputStream json = VoiceAgentRouteTest.class.getResourceAsStream("/llm/chat-completion-tokens.json")) {
            return new ObjectMapper().readValue(json, new TypeReference<List<String>>() { });
        }
    }
}
