package dev.camelslng.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end of a call: a session asked to finalize and close is not done until its last finals arrived, even when the
 * connection drops in that window; and it does not wait longer than closeTimeout.
 */
class StreamHangUpTest extends StreamTestSupport {

    private static final String CALLS = "slng:stt-stream:calls?maxSessions=50&chunkSize=3200";
    private static final String TIMED = "slng:stt-stream:timed?maxSessions=50&chunkSize=3200&closeTimeout=600&keepAliveInterval=60000"
                                        + "&pongTimeout=60000";
    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};

    private final Map<String, List<String>> finals = new ConcurrentHashMap<>();
    private final List<Message> errors = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(TIMED).process(exchange -> errors.add(exchange.getMessage().copy()));
                from(CALLS).process(exchange -> {
                    Message message = exchange.getMessage();
                    if ("error".equals(message.getHeader(SlngConstants.STREAM_EVENT))) {
                        errors.add(message.copy());
                    } else if (Boolean.TRUE.equals(message.getHeader(SlngConstants.FINAL))
                               && !message.getBody(String.class).isBlank()) {
                        finals.computeIfAbsent(message.getHeader(SlngConstants.STREAM_ID, String.class),
                                id -> new CopyOnWriteArrayList<>()).add(message.getBody(String.class));
                    }
                });
            }
        };
    }

    @Test
    void dropsAroundFinalizeAndCloseLoseNoCallsLastFinals() throws Exception {
        int calls = 24;
        // each call: init, ready, its audio chunks, finalize, close and the finals: dropped near its end
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(9).times(8));
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        Map<String, String> said = new ConcurrentHashMap<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String callId = "call-" + i;
                String text = WORDS[i % WORDS.length] + " " + WORDS[(i / WORDS.length + i + 1) % WORDS.length];
                said.put(callId, text);
                done.add(callers.submit(() -> call(callId, text)));
            }
            for (Future<?> call : done) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        await().atMost(20, TimeUnit.SECONDS).until(() -> said.keySet().stream()
                .allMatch(id -> String.join(" ", finals.getOrDefault(id, List.of())).equals(said.get(id))));
        await().during(500, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> said.keySet().stream()
                .allMatch(id -> String.join(" ", finals.getOrDefault(id, List.of())).equals(said.get(id))));
        assertThat(errors).isEmpty();
        // a fault drawn by a reconnect, whose replay is short, can see the call end before its ninth frame (seen once in
        // CI): most of the eight must have dropped, none more
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM).stream().filter(s -> s.dropped()).count())
                .as("connections dropped").isBetween(6L, 8L);
        await().atMost(5, TimeUnit.SECONDS).until(() -> context.getEndpoint(CALLS, SlngEndpoint.class).sessions().snapshots()
                .isEmpty());
    }

    @Test
    void aCloseThatGetsNoLastFinalsEndsAfterCloseTimeoutWithAnErrorEvent() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).blackHoleAfterFrames(5).always());
        String uri = TIMED;
        template.sendBodyAndHeader(uri, pcm("unheard"), SlngConstants.STREAM_ID, "lost");
        long started = System.nanoTime();

        template.sendBodyAndHeaders(uri, null, Map.of(SlngConstants.STREAM_ID, "lost", SlngConstants.STREAM_COMMAND, "close"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> errors.stream().anyMatch(e -> e.getHeader(SlngConstants.ERROR_CODE) != null));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(600);
        assertThat(errors.get(0).getHeader(SlngConstants.ERROR_CODE)).isEqualTo("close_timeout");
        assertThat(errors.get(0).getBody(String.class)).contains("closeTimeout=600 ms").contains("final transcripts")
                .doesNotContain("lost");
        assertThat(errors).hasSize(1);
        assertThat(context.getEndpoint(TIMED, SlngEndpoint.class).sessions().snapshots()).isEmpty();
    }

    private void call(String callId, String text) {
        byte[] audio = pcm(text);
        for (int offset = 0; offset < audio.length; offset += 3200) {
            template.sendBodyAndHeader(CALLS, Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + 3200)),
                    SlngConstants.STREAM_ID, callId);
        }
        template.sendBodyAndHeaders(CALLS, null, Map.of(SlngConstants.STREAM_ID, callId, SlngConstants.STREAM_COMMAND, "finalize"));
        template.sendBodyAndHeaders(CALLS, null, Map.of(SlngConstants.STREAM_ID, callId, SlngConstants.STREAM_COMMAND, "close"));
    }
}
