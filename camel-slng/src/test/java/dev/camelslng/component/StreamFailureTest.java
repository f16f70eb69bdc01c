package dev.camelslng.component;

import java.util.List;
import java.util.concurrent.Future;
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

/**
 * What the server refuses or breaks: failures retrying cannot fix stop at once with the server's reason, without a loop;
 * the others are retried until the stream works again.
 */
class StreamFailureTest extends StreamTestSupport {

    private static final String TTS_REPLY = "slng:tts-stream?replyWithResult=true";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream?replyWithResult=true").to("mock:events");
            }
        };
    }

    @Test
    void aRejectedKeyFailsOnceWithTheServersAnswerAndNoLoop() throws Exception {
        Exchange failed = template.send(TTS_REPLY + "&apiKey=wrong-key", e -> e.getMessage().setBody("hello"));

        assertThat(failed.getException()).isInstanceOf(SlngApiException.class)
                .hasMessageContaining("HTTP 401 on the WebSocket upgrade").hasMessageContaining("Unauthorized")
                .hasMessageNotContaining("wrong-key");
        assertThat(((SlngApiException) failed.getException()).getStatusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(sandbox().requests().count(SandboxRoute.TTS_STREAM)).as("upgrade attempts").isEqualTo(1);
    }

    @Test
    void aByokRejectionKeepsTheBodySlngSent() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).status(400)
                .body("{\"error\":\"BYOK is not supported for SLNG-hosted models\"}").always());
        Exchange failed = template.send("slng:stt-stream?replyWithResult=true", e -> e.getMessage().setBody(pcm("a")));

        assertThat(failed.getException()).isInstanceOf(SlngApiException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("BYOK is not supported for SLNG-hosted models");
        assertThat(sandbox().requests().count(SandboxRoute.STT_STREAM)).isEqualTo(1);
    }

    @Test
    void a429WaitsForRetryAfterThenConnects() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(429).header("Retry-After", "1"));
        long started = System.nanoTime();
        byte[] audio = template.requestBody(named("patient", "&reconnectMaxDelay=2000"), "patience", byte[].class);

        assertThat(audio).isEqualTo(pcm("patience"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void a429AskingForLongerThanTheMaxDelayFailsAtOnce() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(429).header("Retry-After", "60"));
        Exchange failed = template.send(TTS_REPLY, e -> e.getMessage().setBody("later"));

        assertThat(failed.getException()).hasMessageContaining("HTTP 429").hasMessageContaining("asked to wait 60000 ms")
                .hasMessageContaining("reconnectMaxDelay=100");
    }

    @Test
    void aMissingReadyIsRetriedAfterReadyTimeout() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady());
        // readyTimeout is 2 s here: long enough for the second connection's ready on a busy machine, so exactly two
        byte[] audio = template.requestBody(TTS_REPLY, "at last", byte[].class);

        assertThat(audio).isEqualTo(pcm("at last"));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(2);
    }

    @Test
    void aServerThatNeverGetsReadyFailsTheStreamAfterTheLastAttempt() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).neverReady().always());
        Exchange failed = template.send(named("impatient", "&readyTimeout=200&reconnectMaxAttempts=2"), e -> e.getMessage().setBody("no"));

        assertThat(failed.getException()).isInstanceOf(SlngException.class).hasMessageContaining("gave up after 2 reconnect"
                                                                                                 + " attempts")
                .hasMessageContaining("no ready within readyTimeout=200 ms");
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(3);
    }

    @Test
    void aTransientErrorFrameReachesTheRouteAndTheSessionGoesOn() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).errorAfterReady("provider_error", "upstream hiccup"));
        MockEndpoint events = getMockEndpoint("mock:events");
        byte[] audio = template.requestBody(TTS_REPLY, "still here", byte[].class);

        assertThat(audio).isEqualTo(pcm("still here"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.getExchanges().stream().anyMatch(StreamFailureTest::isError));
        Exchange error = events.getExchanges().stream().filter(StreamFailureTest::isError).findFirst().orElseThrow();
        assertThat(error.getMessage().getHeaders()).containsEntry(SlngConstants.ERROR_CODE, "provider_error")
                .containsEntry(SlngConstants.ERROR_MESSAGE, "upstream hiccup").containsEntry(SlngConstants.ERROR_STATUS, 502);
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).as("answered after the error: no new connection").hasSize(1);
    }

    @Test
    void anAuthErrorFrameEndsTheStreamForGood() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).errorAfterReady("auth_error", "key revoked").always());
        Exchange failed = template.send(TTS_REPLY, e -> e.getMessage().setBody("revoked"));

        assertThat(failed.getException()).isInstanceOf(SlngApiException.class).hasMessageContaining("auth_error: key revoked");
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(1);
    }

    @Test
    void closeCode1008EndsTheStreamWithoutRetrying() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).errorAfterReady("invalid_state", "policy").closeAfterError(1008)
                .always());
        Exchange failed = template.send(TTS_REPLY, e -> e.getMessage().setBody("policy"));

        assertThat(failed.getException()).hasMessageContaining("1008").hasMessageContaining("policy violation");
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(1);
    }

    @Test
    void aPerUtteranceCloseIsNormalAndTheNextUtteranceReconnects() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).closeAfterEachUtterance().always());
        for (String text : List.of("one", "two", "three")) {
            assertThat(template.requestBody(TTS_REPLY, text, byte[].class)).isEqualTo(pcm(text));
        }
        // the reply comes with audio_end; the server's close of the last connection may still be on its way
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM))
                .hasSize(3).allSatisfy(connection -> assertThat(connection.closeCode()).isEqualTo(1000)));
    }

    @Test
    void aServerThatKeepsClosingNormallyBeforeFinishingAnythingIsAskedAgainAfterAGrowingBackoff() throws Exception {
        // init, ready, the text, then some audio: each connection closes 1000 in the middle of the utterance
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).closeNormallyAfterFrames(6).always());
        // waits of 200, 400, 800 then 1000 ms (+-20%): 4 to 6 connections in 3 s; a loop would open hundreds, a fixed wait 15
        Future<Exchange> call = template.asyncSend(named("backoff", "&reconnectInitialDelay=200&reconnectMaxDelay=1000&callTimeout=3000"),
                e -> e.getMessage().setBody("a sentence long enough for several chunks"));

        Exchange failed = call.get(30, TimeUnit.SECONDS);
        assertThat(failed.getException()).isInstanceOf(SlngException.class).hasMessageContaining("callTimeout=3000 ms");
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSizeBetween(3, 7)
                .allSatisfy(connection -> assertThat(connection.closeCode()).isEqualTo(1000));
    }

    @Test
    void aConnectionThatStopsAnsweringIsFoundByItsMissingPongAndReplaced() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).blackHole());
        byte[] audio = template.requestBody(named("pinged", "&keepAliveInterval=100&pongTimeout=300"), "are you there",
                byte[].class);

        assertThat(audio).isEqualTo(pcm("are you there"));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(2);
    }

    @Test
    void anIdleSessionSendsKeepalivesAndPings() {
        template.requestBody(named("idle", "&keepAliveInterval=100"), "then silence", byte[].class);

        StreamSessionRecord session = sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0);
        await().atMost(5, TimeUnit.SECONDS).until(() -> session.keepalives() >= 2 && session.pings() >= 2);
        assertThat(session.open()).isTrue();
    }

    private static boolean isError(Exchange exchange) {
        return "error".equals(exchange.getMessage().getHeader(SlngConstants.STREAM_EVENT));
    }

    /** A reply endpoint whose session options differ from the others': a stream name of its own. */
    private static String named(String name, String options) {
        return "slng:tts-stream:" + name + "?replyWithResult=true" + options;
    }
}
