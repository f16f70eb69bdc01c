package dev.camelslng.component;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An LLM's tokens into tts-stream, one message each, as a voice agent's route sends them: spaces, newlines, a number in
 * two tokens and punctuation on its own are taken, cut into phrases, and the turn ends with a flush. The tokens are
 * split the way chat-completion streams split text (leading spaces, {@code .\n\n}, {@code 4} {@code 2}).
 */
class TtsStreamTokensTest extends StreamTestSupport {

    private static final String AGENT = "slng:tts-stream?textChunking=phrase&replyWithResult=true";

    @Test
    void aChatCompletionsTokensGoOutAsPhrasesWithNumbersWholeAndTheFlushEndsTheTurn() throws Exception {
        List<String> tokens = tokens();
        for (String token : tokens) {
            Exchange sent = template.send(AGENT, e -> {
                e.getMessage().setBody(token);
                e.getMessage().setHeader(SlngConstants.STREAM_ID, "agent");
            });
            assertThat(sent.getException()).as("token '%s'", token).isNull();
        }

        byte[] audio = template.requestBodyAndHeaders(AGENT, null, Map.of(SlngConstants.STREAM_ID, "agent",
                SlngConstants.STREAM_COMMAND, "flush"), byte[].class);

        StreamSessionRecord call = sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        assertThat(call.texts()).containsExactly("Sure!", " The answer is 42.", "\n\nIt comes from The Hitchhiker's Guide to the Galaxy,",
                " where a supercomputer named Deep Thought spends 7.5 million", " years computing it - but nobody remembers the question.",
                "\n\n- Would you like more?");
        assertThat(String.join("", call.texts())).isEqualTo(String.join("", tokens));
        assertThat(call.flushes()).as("one utterance: the turn").isEqualTo(1);
        assertThat(audio).as("the turn spoken as one utterance").isEqualTo(pcm(String.join("", tokens)));
    }

    @Test
    void whitespaceTokensAreTakenAndAPieceWithNothingToSayIsNeverSentAlone() {
        String uri = "slng:tts-stream?textChunking=sentence";
        template.sendBodyAndHeader(uri, "\n\n", SlngConstants.STREAM_ID, "agent");
        template.sendBodyAndHeader(uri, " ", SlngConstants.STREAM_ID, "agent");
        template.sendBodyAndHeader(uri, "Hi", SlngConstants.STREAM_ID, "agent");
        template.sendBodyAndHeaders(uri, ".", Map.of(SlngConstants.STREAM_ID, "agent", SlngConstants.FLUSH, true));

        await().atMost(Duration.ofSeconds(5)).until(() -> !sandbox().streams().of(SandboxRoute.TTS_STREAM).isEmpty()
                && sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).flushes() == 1);
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).texts()).containsExactly("\n\n Hi.");
    }

    @Test
    void withoutChunkingAWhitespaceMessageNoLongerFailsAndEachTextIsStillAnUtterance() {
        Exchange blank = template.send("slng:tts-stream", e -> e.getMessage().setBody(" "));
        template.sendBody("slng:tts-stream", "hello");

        assertThat(blank.getException()).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> !sandbox().streams().of(SandboxRoute.TTS_STREAM).isEmpty()
                && sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).flushes() == 1);
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).texts()).containsExactly("hello");
    }

    private static List<String> tokens() throws Exception {
        try (InputStream json = TtsStreamTokensTest.class.getResourceAsStream("/llm/chat-completion-tokens.json")) {
            return new ObjectMapper().readValue(json, new TypeReference<List<String>>() { });
        }
    }
}
