package dev.camelslng.component;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TtsStreamTest extends StreamTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream").to("mock:audio");
            }
        };
    }

    @Test
    void oneMessageIsOneUtteranceWhoseChunksReachTheConsumerInOrder() throws Exception {
        MockEndpoint audio = getMockEndpoint("mock:audio");
        template.sendBody("slng:tts-stream", "hello world");

        await().atMost(10, TimeUnit.SECONDS).until(() -> audio.getExchanges().stream()
                .anyMatch(e -> Boolean.TRUE.equals(e.getMessage().getHeader(SlngConstants.LAST_CHUNK))));
        List<Exchange> chunks = audio.getExchanges();
        assertThat(join(chunks)).isEqualTo(pcm("hello world"));
        Exchange first = chunks.get(0);
        assertThat(first.getMessage().getHeaders()).containsEntry(SlngConstants.STREAM_ID, "default")
                .containsEntry(SlngConstants.UTTERANCE_INDEX, 1L).containsEntry(SlngConstants.CHUNK_SEQUENCE, 0)
                .containsEntry(SlngConstants.FIRST_CHUNK, true).containsEntry(SlngConstants.SAMPLE_RATE, 16000)
                .containsEntry(SlngConstants.ENCODING, "linear16").containsEntry(SlngConstants.STREAM_STATE, "ready")
                .containsEntry(SlngConstants.STREAM_EVENT, "audio");
        Exchange last = chunks.get(chunks.size() - 1);
        assertThat(last.getMessage().getHeaders()).containsEntry(SlngConstants.STREAM_EVENT, "audio_end")
                .containsEntry(SlngConstants.CHUNK_SEQUENCE, chunks.size() - 1);
        StreamSessionRecord session = sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        assertThat(session.texts()).containsExactly("hello world");
        assertThat(session.initJson()).contains("\"sample_rate\":16000", "\"encoding\":\"linear16\"");
    }

    /** InOut is not request-reply for a stream: only replyWithResult waits for the audio. */
    @Test
    void anInOutExchangeWithoutReplyWithResultCompletesOnceSentWithItsOwnBody() throws Exception {
        MockEndpoint audio = getMockEndpoint("mock:audio");

        Exchange reply = template.request("slng:tts-stream", e -> e.getMessage().setBody("an in out message"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("an in out message");
        assertThat(reply.getMessage().getHeader(SlngConstants.STREAM_ID)).isEqualTo("default");
        await().atMost(10, TimeUnit.SECONDS).until(() -> audio.getExchanges().stream()
                .anyMatch(e -> Boolean.TRUE.equals(e.getMessage().getHeader(SlngConstants.LAST_CHUNK))));
        assertThat(join(audio.getExchanges())).as("the audio went to the consumer").isEqualTo(pcm("an in out message"));
    }

    @Test
    void aStreamIdOpenWithAnotherKeyOrRegionIsRefusedInsteadOfIgnoringThem() {
        template.sendBodyAndHeader("slng:tts-stream", "opened", SlngConstants.STREAM_ID, "call-5");

        Exchange otherKey = template.send("slng:tts-stream", e -> {
            e.getMessage().setBody("with another key");
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "call-5");
            e.getMessage().setHeader(SlngConstants.API_KEY, "slng_cu_another_key");
        });
        Exchange otherRegion = template.send("slng:tts-stream", e -> {
            e.getMessage().setBody("elsewhere");
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "call-5");
            e.getMessage().setHeader(SlngConstants.REGION, "eu-west");
        });

        assertThat(otherKey.getException()).hasMessageContaining("is open with another API key, provider key or routing")
                .hasMessageNotContaining("slng_cu_another_key").hasMessageNotContaining("call-5");
        assertThat(otherRegion.getException()).hasMessageContaining("is open with another API key");
        // a sent message completes once written: the server may still be reading it
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM))
                .singleElement().satisfies(connection -> assertThat(connection.texts()).containsExactly("opened")));
    }

    @Test
    void replyWithResultReturnsTheWholeUtterance() {
        Exchange reply = template.request("slng:tts-stream?replyWithResult=true", e -> e.getMessage().setBody("typed"));
        assertThat(reply.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/pcm");
        byte[] first = template.requestBody("slng:tts-stream?replyWithResult=true", "first", byte[].class);
        byte[] second = template.requestBody("slng:tts-stream?replyWithResult=true", "second one", byte[].class);
        assertThat(first).isEqualTo(pcm("first"));
        assertThat(second).isEqualTo(pcm("second one"));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(1);
    }

    @Test
    void audioInBinaryFramesIsTheSameToTheRoute() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).binaryAudio());
        byte[] audio = template.requestBody("slng:tts-stream?replyWithResult=true", "binary frames", byte[].class);

        assertThat(audio).isEqualTo(pcm("binary frames"));
    }

    @Test
    void aMessageForAStreamThatIsClosingOpensTheNextSession() {
        String uri = "slng:tts-stream?replyWithResult=true";
        assertThat(template.requestBody(uri, "before", byte[].class)).isEqualTo(pcm("before"));
        template.sendBodyAndHeader(uri, null, SlngConstants.STREAM_COMMAND, "close");

        assertThat(template.requestBody(uri, "after", byte[].class)).isEqualTo(pcm("after"));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(2);
    }

    static byte[] join(List<Exchange> chunks) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.forEach(e -> all.writeBytes(e.getMessage().getBody(byte[].class)));
        return all.toByteArray();
    }

    static Map<String, Object> headers(Exchange exchange) {
        return exchange.getMessage().getHeaders();
    }
}
