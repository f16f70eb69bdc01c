package dev.camelslng.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many stt-stream calls at once, each with audio of its own, really open at the same time on the sandbox: each gets
 * exactly its own transcripts, never a word of another call's.
 */
class StreamCrossTalkTest extends StreamTestSupport {

    private static final String KEYED = "slng:stt-stream?maxSessions=150&chunkSize=3200";
    private static final int REPLIES = 50;
    private static final int SESSIONS = 120;

    private final Map<String, List<String>> finalsByStream = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(KEYED).filter(header(SlngConstants.FINAL).isEqualTo(true)).process(exchange -> finalsByStream
                        .computeIfAbsent(exchange.getMessage().getHeader(SlngConstants.STREAM_ID, String.class),
                                id -> new CopyOnWriteArrayList<>())
                        .add(exchange.getMessage().getBody(String.class)));
            }
        };
    }

    @Test
    void concurrentRequestReplyExchangesEachGetTheirOwnTranscript() throws Exception {
        // Every connection waits for its ready long enough for all of them to be open at once.
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).readyDelay(3000).times(REPLIES));
        List<String> texts = IntStream.range(0, REPLIES).mapToObj(StreamCrossTalkTest::sentence).toList();
        List<byte[]> audio = texts.stream().map(this::pcm).toList();
        ExecutorService callers = Executors.newFixedThreadPool(REPLIES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> replies = new ArrayList<>();
            for (byte[] pcm : audio) {
                replies.add(callers.submit(() -> {
                    start.await();
                    return template.requestBody("slng:stt-stream:replies?replyWithResult=true&readyTimeout=30000&chunkSize=3200",
                            pcm, String.class);
                }));
            }
            start.countDown();
            for (int i = 0; i < REPLIES; i++) {
                assertThat(replies.get(i).get(2, TimeUnit.MINUTES)).as("reply %d", i).isEqualTo(texts.get(i));
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).hasSize(REPLIES);
        assertThat(sandbox().streams().peakOpenCount()).as("sessions open at once").isEqualTo(REPLIES);
    }

    @Test
    void aHundredAndTwentyKeyedSessionsThroughTheComponentEachGetExactlyTheirOwnFinals() {
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, byte[]> audio = new ConcurrentHashMap<>();
        IntStream.range(0, SESSIONS).forEach(i -> {
            texts.put("call-" + i, sentence(i));
            audio.put("call-" + i, pcm(sentence(i)));
        });
        // Round robin, a frame at a time: every session is open, and its audio interleaved with everyone else's.
        int longest = audio.values().stream().mapToInt(a -> a.length).max().orElseThrow();
        for (int offset = 0; offset < longest; offset += 3200) {
            for (int i = 0; i < SESSIONS; i++) {
                byte[] pcm = audio.get("call-" + i);
                if (offset < pcm.length) {
                    template.sendBodyAndHeader(KEYED, Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 3200)),
                            SlngConstants.STREAM_ID, "call-" + i);
                }
            }
        }
        texts.keySet().forEach(id -> template.sendBodyAndHeaders(KEYED, null,
                Map.of(SlngConstants.STREAM_ID, id, SlngConstants.STREAM_COMMAND, "finalize")));

        await().atMost(2, TimeUnit.MINUTES).until(() -> texts.keySet().stream().allMatch(id -> !nonBlank(id).isEmpty()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> texts.forEach((id, text) -> assertThat(nonBlank(id)).as(id).containsExactly(text)));
        assertThat(finalsByStream).containsOnlyKeys(texts.keySet());
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).hasSize(SESSIONS);
        assertThat(sandbox().streams().peakOpenCount()).as("sessions open at once").isEqualTo(SESSIONS);
        texts.keySet().forEach(id -> template.sendBodyAndHeaders(KEYED, null,
                Map.of(SlngConstants.STREAM_ID, id, SlngConstants.STREAM_COMMAND, "close")));
        await().atMost(30, TimeUnit.SECONDS).until(() -> sandbox().streams().openCount() == 0);
    }

    private List<String> nonBlank(String streamId) {
        return finalsByStream.getOrDefault(streamId, List.of()).stream().filter(t -> !t.isBlank()).toList();
    }

    /** A sentence of its own for each call: no two share their audio. */
    private static String sentence(int call) {
        return "caller " + call + " asks about order " + (call * 7 + 3);
    }
}
