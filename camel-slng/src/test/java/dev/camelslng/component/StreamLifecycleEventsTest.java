package dev.camelslng.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A transcripts route that asks for finals and lifecycle events only: it sees a call open, its finals, a drop and the
 * resume with what was sent again, and the close after the last final; a call that cannot connect ends failed, saying
 * why.
 */
class StreamLifecycleEventsTest extends StreamTestSupport {

    private static final String CALLS = "slng:stt-stream?events=final,lifecycle&reconnectMaxAttempts=2";
    private final List<Exchange> events = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(CALLS).process(exchange -> events.add(exchange.copy()));
            }
        };
    }

    @Test
    void aCallIsOpenedDroppedResumedAndClosedAfterItsLastFinal() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(12));
        byte[] audio = SttStreamTest.concat(pcm("first words of the call"), pcm("second words of the call"));
        for (int offset = 0; offset < audio.length; offset += 2048) {
            template.sendBodyAndHeader(CALLS, Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + 2048)),
                    SlngConstants.STREAM_ID, "call-1");
        }
        template.sendBodyAndHeaders(CALLS, null, Map.of(SlngConstants.STREAM_ID, "call-1", SlngConstants.STREAM_COMMAND, "close"));

        await().atMost(Duration.ofSeconds(10)).until(() -> kinds().contains("closed"));
        assertThat(kinds()).containsExactly("opened", "reconnecting", "resumed", "final_transcript", "final_transcript",
                "final_transcript", "closed");
        assertThat(events).allSatisfy(e -> assertThat(e.getMessage().getHeader(SlngConstants.STREAM_ID)).isEqualTo("call-1"));
        assertThat(texts()).containsExactly("first words of the call", "second words of the call", "");
        Exchange resumed = events.get(2);
        assertThat(resumed.getMessage().getHeader(SlngConstants.RESENT_BYTES, Long.class)).as("the audio no final had covered")
                .isPositive();
        assertThat(events.get(1).getMessage().getBody(String.class)).as("why it reconnected").isNotBlank();
    }

    @Test
    void aCallThatCannotConnectEndsFailedWithTheReason() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).status(401).always());

        Exchange sent = template.send(CALLS, e -> {
            e.getMessage().setBody(pcm("never heard"));
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "call-2");
        });

        assertThat(sent.getException()).as("the message waited for the session, which failed").hasMessageContaining("401");

        await().atMost(Duration.ofSeconds(10)).until(() -> kinds().contains("failed"));
        assertThat(kinds()).containsExactly("failed");
        assertThat(events.get(0).getMessage().getBody(String.class)).contains("401");
        assertThat(events.get(0).getMessage().getHeader(SlngConstants.ERROR_MESSAGE, String.class)).contains("401");
    }

    @Test
    void anEventKindThatDoesNotExistStopsTheRouteFromStartingNamingIt() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:stt-stream?events=finals").routeId("typo").autoStartup(false).to("log:never");
            }
        });

        assertThatThrownBy(() -> context.getRouteController().startRoute("typo")).hasStackTraceContaining("'finals' is not a kind");
    }

    private List<String> kinds() {
        return events.stream().map(e -> e.getMessage().getHeader(SlngConstants.STREAM_EVENT, String.class)).toList();
    }

    private List<String> texts() {
        return events.stream().filter(e -> "final_transcript".equals(e.getMessage().getHeader(SlngConstants.STREAM_EVENT)))
                .map(e -> e.getMessage().getBody(String.class)).toList();
    }
}
