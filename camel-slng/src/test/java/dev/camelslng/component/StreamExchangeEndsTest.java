package dev.camelslng.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every way a stream exchange ends, each checked on the exchange itself: it completes exactly once, with the result or
 * with an error that names why, and never waits for ever.
 */
class StreamExchangeEndsTest extends StreamTestSupport {

    private static final String WAITING_TTS = "slng:tts-stream?replyWithResult=true&readyTimeout=60000";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // a stop gives sessions that never get ready the shutdown timeout to come back: keep it short here
        camel.getShutdownStrategy().setTimeout(1);
        return camel;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").routeId("speaker").to(WAITING_TTS);
                from("direct:say").routeId("sayer").to("slng:tts-stream:say?readyTimeout=60000");
            }
        };
    }

    @Test
    void aRouteStopFailsTheExchangesItsProducerStillHolds() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady().always());
        CompletableFuture<Exchange> answer = template.asyncSend("direct:speak", e -> e.getMessage().setBody("never ready"));
        CompletableFuture<Exchange> queued = template.asyncSend("direct:say", e -> e.getMessage().setBody("queued"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().requests().count(SandboxRoute.TTS_STREAM) == 2);

        context.getRouteController().stopRoute("speaker");
        context.getRouteController().stopRoute("sayer");

        assertFailed(answer, "stopped");
        assertFailed(queued, "stopped");
    }

    @Test
    void aContextStopFailsWhatWaitsForTheServer() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady().always());
        CompletableFuture<Exchange> answer = template.asyncSend(WAITING_TTS, e -> e.getMessage().setBody("never ready"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().requests().count(SandboxRoute.TTS_STREAM) == 1);

        context.stop();

        assertFailed(answer, "stopped");
    }

    @Test
    void callTimeoutFailsAnExchangeThatGetsNoAnswer() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady().always());
        long started = System.nanoTime();
        CompletableFuture<Exchange> answer = template.asyncSend(WAITING_TTS + "&callTimeout=400",
                e -> e.getMessage().setBody("too late"));

        assertFailed(answer, "callTimeout=400 ms");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(400);
    }

    @Test
    void aRequestReplySessionOfItsOwnLeavesWithItsTimedOutExchange() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).neverReady().always());
        String uri = "slng:stt-stream:waiting?replyWithResult=true&readyTimeout=60000&callTimeout=400";

        assertFailed(template.asyncSend(uri, e -> e.getMessage().setBody(pcm("unanswered"))), "callTimeout=400 ms");

        SlngEndpoint endpoint = context.getEndpoint(uri, SlngEndpoint.class);
        await().atMost(2, TimeUnit.SECONDS).until(() -> endpoint.sessions().snapshots().isEmpty());
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().streams().openCount() == 0);
    }

    @Test
    void sessionIdleTimeoutNeverClosesASessionThatOwesAnAnswer() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(60));
        String uri = "slng:tts-stream:idling?replyWithResult=true&sessionIdleTimeout=100&keepAliveInterval=50&pongTimeout=1000";

        byte[] audio = template.requestBody(uri, "an answer that takes longer than the idle timeout", byte[].class);

        assertThat(audio).isEqualTo(pcm("an answer that takes longer than the idle timeout"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().streams().openCount() == 0);
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).closeCode()).as("closed for being idle afterwards")
                .isEqualTo(1000);
    }

    @Test
    void aFullSendQueueFailsAfterSendQueueTimeoutAndTheQueuedExchangesStillEnd() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady().always());
        String uri = "slng:tts-stream:full?sendQueueSize=1&sendQueueTimeout=300&readyTimeout=60000&callTimeout=3000";
        CompletableFuture<Exchange> queued = template.asyncSend(uri, e -> e.getMessage().setBody("first"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().requests().count(SandboxRoute.TTS_STREAM) == 1);
        long started = System.nanoTime();

        CompletableFuture<Exchange> refused = template.asyncSend(uri, e -> e.getMessage().setBody("second"));

        assertFailed(refused, "sendQueueTimeout=300 ms");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(300);
        assertFailed(queued, "callTimeout=3000 ms");
    }

    @Test
    void aWaitForRoomInTheSendQueueEndsWhenTheSessionGetsReady() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).readyDelay(400));
        String uri = "slng:tts-stream:room?sendQueueSize=1&sendQueueTimeout=10000";
        CompletableFuture<Exchange> first = template.asyncSend(uri, e -> e.getMessage().setBody("first"));
        CompletableFuture<Exchange> second = template.asyncSend(uri, e -> e.getMessage().setBody("second"));

        assertThat(first.join().getException()).isNull();
        assertThat(second.join().getException()).isNull();
        await().atMost(5, TimeUnit.SECONDS).until(() -> sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).texts().size() == 2);
        // two callers at once: both are sent, in whichever order they reached the session
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).texts()).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void audioLostFromAnOverflowingReplayBufferFailsTheExchangeThatWaitsForIt() throws Exception {
        byte[] audio = pcm("a call longer than its replay buffer");
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(6));
        String uri = "slng:stt-stream:small?replyWithResult=true&chunkSize=2000&replayBufferSize=4000";

        CompletableFuture<Exchange> answer = template.asyncSend(uri, e -> e.getMessage().setBody(audio));

        assertFailed(answer, "replayBufferSize=4000");
    }

    @Test
    void aServerMessageOverMaxMessageSizeFailsTheExchangeNamingTheOption() throws Exception {
        CompletableFuture<Exchange> answer = template.asyncSend("slng:tts-stream:small?replyWithResult=true&maxMessageSize=512",
                e -> e.getMessage().setBody("audio chunks are larger than half a kilobyte"));

        assertFailed(answer, "maxMessageSize=512");
        assertThat(sandbox().requests().count(SandboxRoute.TTS_STREAM)).as("no reconnect loop").isEqualTo(1);
    }

    private static void assertFailed(CompletableFuture<Exchange> pending, String reason) throws Exception {
        Exchange exchange = pending.get(10, TimeUnit.SECONDS);
        assertThat(exchange.getException()).as("the exchange's failure").isNotNull().hasMessageContaining(reason);
    }
}
