package dev.camelslng.component;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a deploy does to calls in progress: a graceful stop closes every session and delivers its last finals before
 * the sockets go; a suspended route loses nothing and goes on where it was.
 */
class StreamGracefulStopTest extends StreamTestSupport {

    private static final String CALLS = "slng:stt-stream?chunkSize=3200";
    /** The sandbox's tone speech ends with 100 ms of silence, which makes a final: without it, only a close does. */
    private static final int TRAILING_SILENCE = 3200;

    private final List<String> finals = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:feed").routeId("feeder").to(CALLS);
                from(CALLS).routeId("captions").filter(header(SlngConstants.FINAL).isEqualTo(true))
                        .filter(body().isNotEqualTo("")).process(exchange -> finals.add(exchange.getMessage().getBody(String.class)));
            }
        };
    }

    @Test
    void stoppingTheRoutesDeliversTheLastFinalsThenClosesTheSession() throws Exception {
        talkWithoutPause("call-1", "before the deploy", "words still open");

        context.getRouteController().stopRoute("feeder");
        context.getRouteController().stopRoute("captions");

        assertThat(finals).containsExactly("before the deploy", "words still open");
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM).get(0).closeCode()).isEqualTo(1000);
    }

    @Test
    void stoppingTheContextDeliversTheLastFinalsToo() throws Exception {
        talkWithoutPause("call-2", "the context stops", "after these words");

        context.stop();

        assertThat(finals).containsExactly("the context stops", "after these words");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !sandbox().streams().of(SandboxRoute.STT_STREAM).get(0).open());
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM).get(0).closeCode()).isEqualTo(1000);
    }

    @Test
    void aSuspendedRouteHoldsItsFinalsAndGetsThemAllOnResume() throws Exception {
        template.sendBodyAndHeader("direct:feed", pcm("warm up"), SlngConstants.STREAM_ID, "call-3");
        await().atMost(10, TimeUnit.SECONDS).until(() -> finals.size() == 1);

        context.getRouteController().suspendRoute("captions");
        template.sendBodyAndHeader("direct:feed", SttStreamTest.concat(pcm("said while"), pcm("the route sleeps")),
                SlngConstants.STREAM_ID, "call-3");
        await().during(700, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> finals.size() == 1);
        context.getRouteController().resumeRoute("captions");

        await().atMost(10, TimeUnit.SECONDS).until(() -> finals.size() == 3);
        assertThat(finals).containsExactly("warm up", "said while", "the route sleeps");
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).as("one connection throughout").hasSize(1);
    }

    /** Sends a first phrase with its pause, which the server answers at once, and a second one cut off mid-call. */
    private void talkWithoutPause(String callId, String first, String open) {
        byte[] openWords = pcm(open);
        template.sendBodyAndHeader("direct:feed", SttStreamTest.concat(pcm(first),
                Arrays.copyOf(openWords, openWords.length - TRAILING_SILENCE)), SlngConstants.STREAM_ID, callId);
        await().atMost(10, TimeUnit.SECONDS).until(() -> finals.size() == 1);
    }
}
