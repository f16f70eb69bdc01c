package dev.camelslng.component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.stream.session.SessionState;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A connection that goes half-open while the caller talks is found from the server's silence, not the caller's. */
class StreamLivenessTest extends StreamTestSupport {

    private static final String LIVE = "slng:stt-stream?keepAliveInterval=200&pongTimeout=300&chunkSize=640&realTimePacing=true";

    private final List<String> finals = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(LIVE).filter(header(SlngConstants.FINAL).isEqualTo(true)).process(exchange -> {
                    Message message = exchange.getMessage();
                    if (!message.getBody(String.class).isBlank()) {
                        finals.add(message.getBody(String.class));
                    }
                });
            }
        };
    }

    @Test
    void aHalfOpenConnectionIsReplacedWhileAudioStillFlowsAndNoWordIsLost() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).blackHoleAfterFrames(10));
        byte[] audio = SttStreamTest.concat(pcm("one long call"), pcm("keeps talking"), pcm("through the outage"),
                pcm("without a pause"));

        // the call is connected before it talks, so that its connection time does not eat into the talking
        template.sendBodyAndHeaders(LIVE, new byte[640], Map.of(SlngConstants.STREAM_ID, "talker"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> context.getEndpoint(LIVE, SlngEndpoint.class).sessions().snapshots()
                .stream().anyMatch(s -> s.state() == SessionState.READY));
        template.sendBodyAndHeaders(LIVE, audio, Map.of(SlngConstants.STREAM_ID, "talker"));
        int connectionsWhileTalking = sandbox().streams().of(SandboxRoute.STT_STREAM).size();
        template.sendBodyAndHeaders(LIVE, null, Map.of(SlngConstants.STREAM_ID, "talker", SlngConstants.STREAM_COMMAND, "finalize"));

        assertThat(audio.length / 32).as("ms of audio").isGreaterThan(1500);
        assertThat(connectionsWhileTalking).as("connections opened before the caller stopped talking").isEqualTo(2);
        await().atMost(10, TimeUnit.SECONDS).until(() -> finals.size() >= 4);
        await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS).until(() -> finals.size() == 4);
        assertThat(finals).containsExactly("one long call", "keeps talking", "through the outage", "without a pause");
    }
}
