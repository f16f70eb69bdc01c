package dev.camelslng.kamelets;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** slng-speech-to-text-stream-sink and slng-speech-to-text-stream-source in YAML routes: chunks in, finals out. */
class TranscriptStreamKameletsTest extends KameletTestSupport {

    private static final int CHUNK = 3000;

    private static final String ROUTES = """
            - route:
                from:
                  uri: direct:audio
                  steps:
                    - to:
                        uri: kamelet:slng-speech-to-text-stream-sink
                        parameters:
                          apiKey: "@apiKey@"
                          baseUrl: "@baseUrl@"
                          language: en
                          enablePartials: @partials@
                          streamId: front-desk
            - route:
                from:
                  uri: kamelet:slng-speech-to-text-stream-source
                  parameters:
                    apiKey: "@apiKey@"
                    baseUrl: "@baseUrl@"
                    language: en
                    enablePartials: @partials@
                  steps:
                    - to: mock:transcripts
            """;

    @Test
    void audioChunksOfOneStreamGiveItsFinalsWithItsStreamId() throws Exception {
        loadStreamRoutes(false);
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        sendInChunks(concat(pcm("good morning"), pcm("how are you")), "call-7");
        finalizeStream("call-7");
        sendInChunks(pcm("goodbye"), "call-7");

        await().atMost(10, TimeUnit.SECONDS).until(() -> transcripts.getReceivedCounter() >= 3);
        List<Exchange> received = transcripts.getExchanges();
        assertThat(received).extracting(e -> e.getMessage().getBody(String.class))
                .as("the empty final of a finalize with nothing left is not passed on")
                .containsExactly("good morning", "how are you", "goodbye");
        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getHeaders())
                .containsEntry(SlngConstants.STREAM_ID, "call-7").containsEntry(SlngConstants.FINAL, true)
                .containsEntry(SlngConstants.STREAM_EVENT, "final_transcript"));
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM).get(0).finals())
                .containsExactly("good morning", "how are you", "", "goodbye");
    }

    @Test
    void audioWithoutAStreamIdHeaderGoesToTheStreamIdProperty() throws Exception {
        loadStreamRoutes(false);
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        sendInChunks(pcm("at the desk"), null);

        await().atMost(10, TimeUnit.SECONDS).until(() -> transcripts.getReceivedCounter() >= 1);
        Exchange transcript = transcripts.getExchanges().get(0);
        assertThat(transcript.getMessage().getBody(String.class)).isEqualTo("at the desk");
        assertThat(transcript.getMessage().getHeader(SlngConstants.STREAM_ID)).isEqualTo("front-desk");
    }

    @Test
    void twoStreamsAtOnceKeepTheirTranscriptsApart() throws Exception {
        loadStreamRoutes(false);
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        byte[] first = pcm("first caller");
        byte[] second = pcm("second caller");
        for (int offset = 0; offset < Math.max(first.length, second.length); offset += CHUNK) {
            sendChunk(first, offset, "call-1");
            sendChunk(second, offset, "call-2");
        }

        await().atMost(10, TimeUnit.SECONDS).until(() -> transcripts.getReceivedCounter() >= 2);
        assertThat(transcripts.getExchanges()).extracting(e -> e.getMessage().getHeader(SlngConstants.STREAM_ID) + ": "
                                                               + e.getMessage().getBody(String.class))
                .containsExactlyInAnyOrder("call-1: first caller", "call-2: second caller");
    }

    @Test
    void withPartialsTheSourceGivesPartialTranscriptsBeforeTheFinal() throws Exception {
        loadStreamRoutes(true);
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        sendInChunks(pcm("partials come first"), "call-9");

        await().atMost(10, TimeUnit.SECONDS).until(() -> transcripts.getExchanges().stream()
                .anyMatch(e -> Boolean.TRUE.equals(e.getMessage().getHeader(SlngConstants.FINAL))));
        List<Exchange> received = transcripts.getExchanges();
        Exchange last = received.get(received.size() - 1);
        assertThat(last.getMessage().getBody(String.class)).isEqualTo("partials come first");
        assertThat(received.subList(0, received.size() - 1)).isNotEmpty().allSatisfy(partial -> {
            assertThat(partial.getMessage().getHeaders()).containsEntry(SlngConstants.STREAM_EVENT, "partial_transcript")
                    .containsEntry(SlngConstants.STREAM_ID, "call-9");
            assertThat("partials come first").startsWith(partial.getMessage().getBody(String.class));
        });
    }

    private void loadStreamRoutes(boolean partials) throws Exception {
        loadRoutes("transcripts.yaml", ROUTES.replace("@partials@", Boolean.toString(partials)));
    }

    private void sendInChunks(byte[] audio, String streamId) {
        for (int offset = 0; offset < audio.length; offset += CHUNK) {
            sendChunk(audio, offset, streamId);
        }
    }

    private void sendChunk(byte[] audio, int offset, String streamId) {
        if (offset < audio.length) {
            byte[] chunk = Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + CHUNK));
            template.sendBodyAndHeader("direct:audio", chunk, SlngConstants.STREAM_ID, streamId);
        }
    }

    private void finalizeStream(String streamId) {
        template.sendBodyAndHeaders("direct:audio", null, Map.of(SlngConstants.STREAM_ID, streamId,
                SlngConstants.STREAM_COMMAND, "finalize"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
