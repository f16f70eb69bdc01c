package dev.camelslng.component;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server drops the connection again and again mid-stream, without a close frame. Every TTS utterance's audio still
 * arrives exactly once, in order, byte-identical to the audio spoken without faults; the STT finals together hear every
 * word once (only the silence after a final's last word may be sent again); nothing sent during a reconnect is lost.
 */
class StreamChaosTest extends StreamTestSupport {

    private static final int DROPS = 20;
    /** Often enough that each test's traffic (some 700 frames, more with what is sent again) runs through all twenty. */
    private static final int FRAMES_PER_DROP = 25;
    private static final Duration QUIET = Duration.ofSeconds(1);
    /** The silence the sandbox's tone engine counts into a final after its last word: the 3 symbols that end it. */
    private static final long TRAILING_SILENCE_BYTES = 3 * 640;

    private final Map<Long, ByteArrayOutputStream> utterances = new ConcurrentHashMap<>();
    private final List<Long> completed = new CopyOnWriteArrayList<>();
    private final List<String> finals = new CopyOnWriteArrayList<>();
    private final List<Double> finalSeconds = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream").process(exchange -> collectAudio(exchange.getMessage()));
                from("slng:stt-stream").filter(header(SlngConstants.FINAL).isEqualTo(true))
                        .process(exchange -> {
                            finals.add(exchange.getMessage().getBody(String.class));
                            finalSeconds.add(exchange.getMessage().getHeader(SlngConstants.DURATION, Double.class));
                        });
            }
        };
    }

    /** What a route playing the audio does: a restart header throws away what it had of that utterance. */
    private void collectAudio(Message message) {
        long index = message.getHeader(SlngConstants.UTTERANCE_INDEX, Long.class);
        if (Boolean.TRUE.equals(message.getHeader(SlngConstants.UTTERANCE_RESTART))) {
            utterances.put(index, new ByteArrayOutputStream());
        }
        if (Boolean.TRUE.equals(message.getHeader(SlngConstants.LAST_CHUNK))) {
            completed.add(index);
            return;
        }
        utterances.computeIfAbsent(index, i -> new ByteArrayOutputStream()).writeBytes(message.getBody(byte[].class));
    }

    @Test
    void everyTtsUtteranceArrivesOnceInOrderAndIdenticalDespiteTwentyDrops() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).dropAfterFrames(FRAMES_PER_DROP).times(DROPS));
        List<String> lines = IntStream.rangeClosed(1, 30).mapToObj(i -> "utterance number " + i + " of the chaos test").toList();
        lines.forEach(line -> template.sendBody("slng:tts-stream", line));

        // Then a quiet second: a late duplicate audio_end would show.
        await().during(QUIET).atMost(60, TimeUnit.SECONDS).untilAsserted(() -> assertThat(completed).hasSameSizeAs(lines));
        assertThat(completed).as("each utterance ends once, in order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).mapToObj(i -> (long) i).toList());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(utterances.get(i + 1L).toByteArray()).as("audio of utterance %d", i + 1).isEqualTo(pcm(lines.get(i)));
        }
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).as("twenty dropped connections, then one that held")
                .hasSize(DROPS + 1).filteredOn(StreamSessionRecord::dropped).hasSize(DROPS);
    }

    @Test
    void sttFinalsHearEveryWordOnceDespiteTwentyDrops() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(FRAMES_PER_DROP).times(DROPS));
        List<String> sentences = IntStream.rangeClosed(1, 40).mapToObj(i -> "sentence " + i + " spoken to the caption").toList();
        byte[] audio = SttStreamTest.concat(sentences.stream().map(this::pcm).toArray(byte[][]::new));
        for (int offset = 0; offset < audio.length; offset += 2048) {
            template.sendBodyAndHeader("slng:stt-stream", Arrays.copyOfRange(audio, offset,
                    Math.min(audio.length, offset + 2048)), SlngConstants.STREAM_ID, "chaos");
        }
        template.sendBodyAndHeaders("slng:stt-stream", null, Map.of(SlngConstants.STREAM_ID, "chaos",
                SlngConstants.STREAM_COMMAND, "finalize"));

        await().during(QUIET).atMost(60, TimeUnit.SECONDS)
                .untilAsserted(() -> assertThat(nonBlank(finals)).as(this::connections).hasSameSizeAs(sentences));
        assertThat(nonBlank(finals)).containsExactlyElementsOf(sentences);
        // A replay starts at the last word a final heard: what was heard twice is the silence the sandbox puts in a final
        // after its last word (3 symbols of 640 bytes), at most once per drop, never a word.
        long heardTwice = coveredBytes() - audio.length;
        assertThat(heardTwice).as(this::connections).isBetween(0L, DROPS * TRAILING_SILENCE_BYTES);
        assertThat(heardTwice % TRAILING_SILENCE_BYTES).as("only whole trailing silences heard twice").isZero();
        double seconds = finalSeconds.stream().mapToDouble(Double::doubleValue).sum();
        assertThat(Math.round(seconds * 32_000)).as("the finals the route got cover the audio, and those silences")
                .isEqualTo(audio.length + heardTwice);
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).as("twenty dropped connections, then one that held")
                .hasSize(DROPS + 1).filteredOn(StreamSessionRecord::dropped).hasSize(DROPS);
    }

    private long coveredBytes() {
        return sandbox().streams().of(SandboxRoute.STT_STREAM).stream().mapToLong(StreamSessionRecord::finalBytes).sum();
    }

    /** What each connection received and covered, and the session's state: the story of a failure. */
    private String connections() {
        StringBuilder story = new StringBuilder();
        sandbox().streams().of(SandboxRoute.STT_STREAM).forEach(r -> story.append("\n  ").append(r).append(" received ")
                .append(r.audioBytesReceived()).append(", covered ").append(r.finalBytes()).append(": ").append(r.finals()));
        story.append("\n  ").append(context.getEndpoint("slng:stt-stream", SlngEndpoint.class).sessions().snapshots());
        return story.toString();
    }

    private static List<String> nonBlank(List<String> texts) {
        List<String> result = new ArrayList<>();
        texts.stream().filter(t -> !t.isBlank()).forEach(result::add);
        return result;
    }

}
