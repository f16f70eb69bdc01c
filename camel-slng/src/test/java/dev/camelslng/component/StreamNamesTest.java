package dev.camelslng.component;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stream endpoints pair by name, not by identical URIs: a consumer that names only the stream (and its events) hears
 * the producers of that name, whatever options they set, and nothing of another name; options that define the sessions
 * must agree between the endpoints of a name, or the context does not start; exchanges without a stream id never mix
 * two whole calls into one session.
 */
class StreamNamesTest extends StreamTestSupport {

    private static final String CALLS = "slng:stt-stream:calls?language=en&enablePartials=true";
    private final List<Exchange> finals = new CopyOnWriteArrayList<>();
    private final List<Exchange> partials = new CopyOnWriteArrayList<>();
    private final List<Exchange> others = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:calls").to(CALLS);
                from("slng:stt-stream:calls?events=final").process(exchange -> finals.add(exchange.copy()));
                from("slng:stt-stream:calls?events=partial").routeId("captions").process(exchange -> partials.add(exchange.copy()));
                from("slng:stt-stream:other").process(exchange -> others.add(exchange.copy()));
            }
        };
    }

    @Test
    void consumersThatNameOnlyTheStreamHearItsProducersEachTheEventsItAsksFor() {
        template.sendBodyAndHeaders(CALLS, pcm("hello from the first call"),
                Map.of(SlngConstants.STREAM_ID, "call-1", SlngConstants.STREAM_COMMAND, "finalize"));

        await().atMost(Duration.ofSeconds(10)).until(() -> finals.size() == 2);
        assertThat(finals).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("hello from the first call", "");
        assertThat(finals).allSatisfy(e -> assertThat(e.getMessage().getHeader(SlngConstants.STREAM_ID)).isEqualTo("call-1"));
        assertThat(partials).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage().getHeader(SlngConstants.STREAM_EVENT))
                .isEqualTo("partial_transcript"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> finals.size() == 2);
        assertThat(others).as("another name has other sessions").isEmpty();
    }

    @Test
    void whileOneConsumerOfANameIsSuspendedEveryConsumerWaitsAndNothingIsLost() throws Exception {
        context.getRouteController().suspendRoute("captions");
        template.sendBodyAndHeaders(CALLS, pcm("held while suspended"),
                Map.of(SlngConstants.STREAM_ID, "call-3", SlngConstants.STREAM_COMMAND, "finalize"));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(finals::isEmpty);
        context.getRouteController().resumeRoute("captions");

        await().atMost(Duration.ofSeconds(10)).until(() -> finals.size() == 2);
        assertThat(finals).extracting(e -> e.getMessage().getBody(String.class)).containsExactly("held while suspended", "");
        assertThat(partials).isNotEmpty();
    }

    @Test
    void sessionOptionsSetOnOneEndpointOfANameApplyToAll() {
        template.sendBodyAndHeaders("slng:stt-stream:calls", pcm("options come with the name"),
                Map.of(SlngConstants.STREAM_ID, "call-2", SlngConstants.STREAM_COMMAND, "finalize"));

        await().atMost(Duration.ofSeconds(10)).until(() -> finals.size() == 2);
        assertThat(partials).as("enablePartials, set by the other producer of the name, reached this one's session")
                .isNotEmpty();
    }

    @Test
    void endpointsOfOneNameThatSetASessionOptionDifferentlyDoNotStartNamingItAndBothUris() throws Exception {
        try (CamelContext other = conflicting("slng:stt-stream:calls?language=en", "slng:stt-stream:calls?language=de")) {
            assertThatThrownBy(other::start).hasStackTraceContaining("language=en in one, language=de in the other")
                    .hasStackTraceContaining("slng://stt-stream:calls?language=en")
                    .hasStackTraceContaining("slng://stt-stream:calls?language=de");
        }
        try (CamelContext other = conflicting("slng:stt-stream:calls?apiKey=first-secret-key",
                "slng:stt-stream:calls?apiKey=second-secret-key")) {
            assertThatThrownBy(other::start).hasStackTraceContaining("apiKey is not the same (values not shown)")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("first-secret-key").doesNotContain("second-secret-key"));
        }
        try (CamelContext other = conflicting("slng:stt-stream:calls?language=en", "slng:stt-stream:calls?model=x/y&language=de")) {
            assertThatThrownBy(other::start).hasStackTraceContaining("language=en in one, language=de in the other");
            assertThat(other.getEndpoint("slng:stt-stream:calls?model=x/z")).as("the refused URI claimed no model").isNotNull();
        }
        try (CamelContext other = conflicting("slng:stt-stream:a?language=en", "slng:stt-stream:b?language=de")) {
            other.start();
            assertThat(other.getRouteController().getRouteStatus("consumer").isStarted()).as("two names, no conflict").isTrue();
        }
    }

    @Test
    void onlyStreamsTakeAName() {
        assertThatThrownBy(() -> context.getEndpoint("slng:tts:calls")).hasStackTraceContaining(
                "only tts-stream and stt-stream take a name");
    }

    @Test
    void aWholeCallWithoutAStreamIdKeepsTheDefaultSessionUntilItIsSent() throws Exception {
        String paced = "slng:stt-stream:calls?realTimePacing=true";
        byte[] call = pcm("a whole call without an id");
        CompletableFuture<Exchange> first = template.asyncSend(paced, e -> e.getMessage().setBody(new ByteArrayInputStream(call)));
        SlngEndpoint endpoint = context.getEndpoint(paced, SlngEndpoint.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> !endpoint.sessions().snapshots().isEmpty());

        Exchange second = template.send("slng:stt-stream:calls", e -> e.getMessage().setBody(pcm("another call")));

        assertThat(second.getException()).as("its audio would have mixed into the paced call's session")
                .hasMessageContaining("Another exchange without a CamelSlngStreamId is still streaming its audio");
        assertThat(first.get().getException()).isNull();
        Exchange after = template.send("slng:stt-stream:calls", e -> e.getMessage().setBody(pcm("after it")));
        assertThat(after.getException()).as("the whole call was sent: the default stream takes messages again").isNull();
    }

    private CamelContext conflicting(String producer, String consumer) throws Exception {
        CamelContext other = new DefaultCamelContext();
        SlngComponent component = new SlngComponent();
        component.setConfiguration(context.getComponent("slng", SlngComponent.class).getConfiguration().copy());
        other.addComponent("slng", component);
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(producer);
                from(consumer).routeId("consumer").log("${body}");
            }
        });
        return other;
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
