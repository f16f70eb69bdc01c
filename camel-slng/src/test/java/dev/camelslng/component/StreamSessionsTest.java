package dev.camelslng.component;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import io.vertx.core.Vertx;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many streams on one endpoint, kept apart by stream id; commands; limits; and what a stop leaves behind: nothing. */
class StreamSessionsTest extends StreamTestSupport {

    private final Map<String, ByteArrayOutputStream> audioByStream = new ConcurrentHashMap<>();
    private final List<Message> events = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:say").routeId("speaker").to("slng:tts-stream?maxSessions=3");
                from("slng:tts-stream?maxSessions=3").routeId("voices").process(exchange -> {
                    Message message = exchange.getMessage();
                    events.add(message.copy());
                    audioByStream.computeIfAbsent(message.getHeader(SlngConstants.STREAM_ID, String.class),
                            id -> new ByteArrayOutputStream()).writeBytes(message.getBody(byte[].class));
                });
            }
        };
    }

    @Test
    void streamsOfOneEndpointAreKeptApartByStreamId() {
        Map<String, String> calls = Map.of("call-1", "first caller", "call-2", "second caller here", "call-3", "third");
        calls.forEach((id, text) -> template.sendBodyAndHeader("slng:tts-stream?maxSessions=3", text, SlngConstants.STREAM_ID, id));

        await().atMost(10, TimeUnit.SECONDS).until(() -> ends().size() == 3);
        calls.forEach((id, text) -> assertThat(audioByStream.get(id).toByteArray()).as(id).isEqualTo(pcm(text)));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(3);
    }

    @Test
    void oneStreamMoreThanMaxSessionsIsRefused() {
        for (String id : List.of("a", "b", "c")) {
            template.sendBodyAndHeader("slng:tts-stream?maxSessions=3", "hi", SlngConstants.STREAM_ID, id);
        }
        Exchange refused = template.send("slng:tts-stream?maxSessions=3", e -> {
            e.getMessage().setBody("one too many");
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "d");
        });

        assertThat(refused.getException()).isInstanceOf(SlngException.class).hasMessageContaining("maxSessions=3");
    }

    @Test
    void incrementalTextIsOneUtteranceOnceFlushed() {
        String uri = "slng:tts-stream?maxSessions=3";
        template.sendBodyAndHeader(uri, "hello ", SlngConstants.FLUSH, false);
        template.sendBodyAndHeader(uri, "there", SlngConstants.FLUSH, false);
        template.sendBodyAndHeader(uri, "", SlngConstants.STREAM_COMMAND, "flush");

        await().atMost(10, TimeUnit.SECONDS).until(() -> ends().size() == 1);
        assertThat(audioByStream.get("default").toByteArray()).isEqualTo(pcm("hello there"));
        StreamSessionRecord session = sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        assertThat(session.texts()).containsExactly("hello ", "there");
        assertThat(session.flushes()).isEqualTo(1);
    }

    @Test
    void clearDropsTheInterruptedUtterancesAudioAndTheNextOneIsWhole() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(50));

        interruptThenSaySorry();
        assertThat(ends().get(0).getHeader(SlngConstants.UTTERANCE_INDEX)).isEqualTo(2L);
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).singleElement()
                .satisfies(connection -> assertThat(connection.clears()).isEqualTo(1));
    }

    @Test
    void aServerThatIgnoresTheClearIsLeftForANewConnectionAndTheNextUtteranceIsWhole() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(50).ignoreClear());

        interruptThenSaySorry();
        List<StreamSessionRecord> connections = sandbox().streams().of(SandboxRoute.TTS_STREAM);
        assertThat(connections).as("the connection that never said cleared, then a new one").hasSize(2);
        assertThat(connections.get(0).clears()).isEqualTo(1);
        assertThat(connections.get(1).texts()).containsExactly("sorry");
    }

    /** A barge-in: a long answer, a clear once its audio flows, then "sorry", whose audio arrives whole. */
    private void interruptThenSaySorry() {
        String uri = "slng:tts-stream?maxSessions=3";
        template.sendBody(uri, "a long answer the caller interrupts halfway through");
        await().atMost(10, TimeUnit.SECONDS).until(() -> !events.isEmpty());
        template.sendBodyAndHeader(uri, null, SlngConstants.STREAM_COMMAND, "clear");
        int seenAtClear = events.size();
        template.sendBody(uri, "sorry");

        await().atMost(15, TimeUnit.SECONDS).until(() -> ends().size() == 1);
        byte[] second = events.stream().filter(m -> m.getHeader(SlngConstants.UTTERANCE_INDEX, Long.class) == 2L)
                .map(m -> m.getBody(byte[].class)).reduce(new byte[0], SttStreamTest::concat);
        assertThat(second).isEqualTo(pcm("sorry"));
        assertThat(events.stream().filter(m -> m.getHeader(SlngConstants.UTTERANCE_INDEX, Long.class) == 1L).count())
                .as("no audio of the cleared utterance after the clear").isLessThanOrEqualTo(seenAtClear + 1L);
    }

    @Test
    void aStoppedRouteStopsReconnectingAndLeavesNoSocketOrThread() throws Exception {
        Vertx ours = context.getComponent("slng", SlngComponent.class).streamVertx();
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(503).always());
        template.asyncSendBody("slng:tts-stream:unreachable?maxSessions=3&reconnectMaxAttempts=0", "never heard");
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().requests().count(SandboxRoute.TTS_STREAM) >= 3);

        context.stop();
        Thread.sleep(200); // an upgrade sent just before the stop may still be on its way to the server
        int attempts = sandbox().requests().count(SandboxRoute.TTS_STREAM);
        Thread.sleep(500);
        assertThat(sandbox().requests().count(SandboxRoute.TTS_STREAM)).as("no attempt after the stop").isEqualTo(attempts);
        assertThat(sandbox().streams().openCount()).isZero();
        await().atMost(5, TimeUnit.SECONDS).until(() -> ours.nettyEventLoopGroup().isTerminated());
        LifecycleTest.assertNoSlngThreadLeft();
    }

    @Test
    void stoppingTheRoutesThatUseAnEndpointEndsItsSessionsAndTheServerSeesTheSocketsClose() throws Exception {
        template.sendBody("direct:say", "open");
        await().atMost(10, TimeUnit.SECONDS).until(() -> ends().size() == 1);
        assertThat(sandbox().streams().openCount()).isEqualTo(1);

        context.getRouteController().stopRoute("speaker");
        assertThat(sandbox().streams().openCount()).as("the consumer still uses the session").isEqualTo(1);
        context.getRouteController().stopRoute("voices");

        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().streams().openCount() == 0);
        assertThat(context.getEndpoint("slng:tts-stream?maxSessions=3", SlngEndpoint.class).sessions().snapshots()).isEmpty();
    }

    @Test
    void whatCannotWaitInAFullSendQueueFailsWithTheReason() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(503).always());
        String uri = "slng:tts-stream:queued?sendQueueSize=2&sendQueueTimeout=0&reconnectMaxAttempts=0";
        template.asyncSendBody(uri, "first");
        template.asyncSendBody(uri, "second");
        await().atMost(5, TimeUnit.SECONDS).until(() -> context.getEndpoint(uri, SlngEndpoint.class).sessions().snapshots()
                .stream().anyMatch(s -> s.queued() == 2));

        Exchange third = template.send(uri, e -> e.getMessage().setBody("third"));

        assertThat(third.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("send queue is full (sendQueueSize=2)");
    }

    @Test
    void streamsCrossAnHttpConnectProxy() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy()) {
            String uri = "slng:tts-stream:proxied?replyWithResult=true&proxyHost=127.0.0.1&proxyPort=" + proxy.port();
            byte[] audio = template.requestBody(uri, "through the proxy", byte[].class);

            assertThat(audio).isEqualTo(pcm("through the proxy"));
            assertThat(proxy.tunnels()).isEqualTo(1);
        }
    }

    private List<Message> ends() {
        return events.stream().filter(m -> Boolean.TRUE.equals(m.getHeader(SlngConstants.LAST_CHUNK))).toList();
    }
}
