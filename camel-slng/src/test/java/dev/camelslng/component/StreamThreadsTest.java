package dev.camelslng.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Producers that stream paced audio hold a thread for as long as the audio lasts. They have threads of their own: with
 * as many paced calls as the route work has threads, consumers still get their events, and a call past the sender
 * threads waits its turn instead of failing.
 */
class StreamThreadsTest extends StreamTestSupport {

    private static final String PACED = "slng:stt-stream?realTimePacing=true&chunkSize=3200";
    /** Each call repeats its words this often: about 0.5 s each with the tone engine. */
    private static final int SENTENCES = 6;
    private final ExecutorService routeWork = Executors.newFixedThreadPool(2);
    private final List<String> spoken = new CopyOnWriteArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngComponent slng = context.getComponent("slng", SlngComponent.class);
        slng.setExecutorService(routeWork);
        slng.setStreamSenderThreads(2);
        return context;
    }

    @AfterEach
    void stopRouteWork() {
        routeWork.shutdownNow();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream").filter(header(SlngConstants.LAST_CHUNK).isEqualTo(true))
                        .process(exchange -> spoken.add(exchange.getMessage().getHeader(SlngConstants.STREAM_ID, String.class)));
                from(PACED).filter(header(SlngConstants.FINAL).isEqualTo(true))
                        .filter(body().isNotEqualTo("")).process(exchange -> heard.add(exchange.getMessage().getBody(String.class)));
            }
        };
    }

    @Test
    void pacedCallsHoldingEverySenderNeverHoldBackConsumerEvents() {
        List<String> calls = List.of("first paced call", "second paced call", "third paced call");
        long started = System.nanoTime();
        calls.forEach(call -> template.asyncRequestBodyAndHeaders(PACED, threeSeconds(call),
                Map.of(SlngConstants.STREAM_ID, call, SlngConstants.STREAM_COMMAND, "finalize")));

        // both senders are held for three seconds (two calls' audio is flowing); the route work's two threads stay free
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox().streams().of(SandboxRoute.STT_STREAM).stream()
                .filter(call -> call.audioBytesReceived() > 0).count() == 2);
        template.sendBodyAndHeader("slng:tts-stream", "spoken meanwhile", SlngConstants.STREAM_ID, "agent");
        await().atMost(Duration.ofSeconds(1)).until(() -> spoken.contains("agent"));

        await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() >= calls.size() * SENTENCES);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .as("the third call waited for a sender: two calls' audio, paced").isGreaterThanOrEqualTo(5_500);
        assertThat(heard).hasSize(calls.size() * SENTENCES);
    }

    /** Audio of about three seconds: the call's words, spoken {@value #SENTENCES} times. */
    private byte[] threeSeconds(String call) {
        byte[][] parts = new byte[SENTENCES][];
        Arrays.fill(parts, pcm(call));
        return SttStreamTest.concat(parts);
    }
}
