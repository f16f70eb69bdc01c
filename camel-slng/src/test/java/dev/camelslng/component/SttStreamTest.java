package dev.camelslng.component;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SttStreamTest extends StreamTestSupport {

    @TempDir
    Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:stt-stream").to("mock:transcripts");
            }
        };
    }

    @Test
    void replyWithResultStreamsAWavFileAndRepliesWithItsTranscript() throws Exception {
        Path wav = Files.write(folder.resolve("call.wav"), speech("hello world"));
        Exchange reply = template.request("slng:stt-stream?replyWithResult=true&chunkSize=2048",
                e -> e.getMessage().setBody(wav.toFile()));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("hello world");
        StreamSessionRecord session = sandbox().streams().of(SandboxRoute.STT_STREAM).get(0);
        assertThat(session.audioBytesReceived()).as("the WAV header is not sent").isEqualTo(pcm("hello world").length);
        assertThat(session.initJson()).contains("\"sample_rate\":16000");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !session.open());
        assertThat(session.closeCode()).as("the private session closes after its reply").isEqualTo(1000);
    }

    @Test
    void chunksFromTheRouteGiveOneFinalPerUtteranceToTheConsumer() throws Exception {
        MockEndpoint transcripts = getMockEndpoint("mock:transcripts");
        byte[] audio = concat(pcm("good morning"), pcm("how are you"));
        for (int offset = 0; offset < audio.length; offset += 3000) {
            template.sendBodyAndHeader("slng:stt-stream", Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + 3000)),
                    SlngConstants.STREAM_ID, "call-7");
        }
        template.sendBodyAndHeaders("slng:stt-stream", null, Map.of(SlngConstants.STREAM_ID, "call-7",
                SlngConstants.STREAM_COMMAND, "finalize"));

        await().atMost(10, TimeUnit.SECONDS).until(() -> finals(transcripts).size() >= 3);
        List<Exchange> finals = finals(transcripts);
        assertThat(finals.stream().map(e -> e.getMessage().getBody(String.class)))
                .containsExactly("good morning", "how are you", "");
        assertThat(finals.get(0).getMessage().getHeaders()).containsEntry(SlngConstants.STREAM_ID, "call-7")
                .containsEntry(SlngConstants.FINAL, true).containsKey(SlngConstants.TRANSCRIPT_CONFIDENCE)
                .containsKey(SlngConstants.DURATION).containsKey(SlngConstants.WORDS);
        StreamSessionRecord session = sandbox().streams().of(SandboxRoute.STT_STREAM).get(0);
        assertThat(session.finalBytes()).isEqualTo(audio.length);
    }

    @Test
    void aWavThatIsNotSixteenBitMonoPcmIsRefusedBeforeAnythingIsSent() {
        byte[] eightBit = wavHeader(16000, 1, 8);
        Exchange failed = template.send("slng:stt-stream", e -> e.getMessage().setBody(eightBit));

        assertThat(failed.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("8-bit PCM with 1 channel at 16000 Hz").hasMessageContaining("16-bit PCM mono");
        assertThat(sandbox().streams().all()).isEmpty();
    }

    @Test
    void aCompressedEncodingIsRefusedAtStartAndPerMessageBeforeAnythingIsSent() throws Exception {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:opus").to("slng:stt-stream?encoding=opus");
            }
        })).hasStackTraceContaining("slng:stt-stream takes linear16 (16-bit PCM), mulaw or alaw audio, not encoding=opus");

        Exchange failed = template.send("slng:stt-stream", e -> {
            e.getMessage().setBody(pcm("a"));
            e.getMessage().setHeader(SlngConstants.ENCODING, "mp3");
        });

        assertThat(failed.getException()).hasMessageContaining("not encoding=mp3");
        assertThat(sandbox().streams().all()).isEmpty();
    }

    @Test
    void aWavAtAnotherRateThanTheOpenStreamIsRefused() {
        template.sendBodyAndHeader("slng:stt-stream", pcm("a"), SlngConstants.STREAM_ID, "s1");
        Exchange failed = template.send("slng:stt-stream", e -> {
            e.getMessage().setBody(concat(wavHeader(8000, 1, 16), new byte[320]));
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "s1");
        });

        assertThat(failed.getException()).isInstanceOf(SlngException.class).hasMessageContaining("is open with other"
                                                                                                 + " settings");
    }

    private static List<Exchange> finals(MockEndpoint transcripts) {
        return transcripts.getExchanges().stream()
                .filter(e -> "final_transcript".equals(e.getMessage().getHeader(SlngConstants.STREAM_EVENT))).toList();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static byte[] wavHeader(int sampleRate, int channels, int bits) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(sampleRate).putInt(sampleRate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).put("data".getBytes()).putInt(0);
        return header.array();
    }
}
