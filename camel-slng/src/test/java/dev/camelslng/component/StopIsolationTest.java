package dev.camelslng.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping one route, or one endpoint, interrupts only its own exchanges: a call of another endpoint in flight at the
 * same time gets its answer, and the interrupted one says which call of which exchange was cut short.
 */
class StopIsolationTest extends SlngTestSupport {

    /** Long enough for both calls to be in flight when the stop comes, short enough for the survivor to finish. */
    private static final int SERVER_DELAY_MILLIS = 3000;
    private static final String RUNNING_VOICE = "aura-2-thalia-en";
    private static final String STOPPED = "slng:tts?voice=aura-2-luna-en";
    private static final String RUNNING = "slng:tts?voice=" + RUNNING_VOICE;

    private CompletableFuture<Exchange> running;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stopped").routeId("stopped").to(STOPPED);
                from("direct:running").routeId("running").to(RUNNING);
            }
        };
    }

    /** Camel waits this long for in-flight exchanges before it forces the stop that interrupts them. */
    @Override
    protected void doPostSetup() {
        context.getShutdownStrategy().setTimeout(1);
    }

    @Test
    void stoppingOneRouteInterruptsOnlyItsOwnExchange() throws Exception {
        CompletableFuture<Exchange> stopped = bothInFlight();

        context.getRouteController().stopRoute("stopped", 1, TimeUnit.SECONDS);

        assertInterrupted(stopped.get(10, TimeUnit.SECONDS), "its route or producer stopped before SLNG answered");
        assertRunningOneAnswers();
    }

    @Test
    void stoppingOneEndpointInterruptsOnlyItsOwnExchange() throws Exception {
        CompletableFuture<Exchange> stopped = bothInFlight();

        context.getEndpoint(STOPPED).stop();

        assertInterrupted(stopped.get(10, TimeUnit.SECONDS), "its endpoint slng://tts?voice=aura-2-luna-en stopped");
        assertRunningOneAnswers();
    }

    /** One call on each endpoint, both held by the server; returns the one to be stopped. */
    private CompletableFuture<Exchange> bothInFlight() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(SERVER_DELAY_MILLIS).times(2));
        CompletableFuture<Exchange> stopped = template.asyncSend("direct:stopped", e -> e.getMessage().setBody("never said"));
        running = template.asyncSend("direct:running", e -> e.getMessage().setBody("still said"));
        await().until(() -> inFlight(STOPPED) == 1 && inFlight(RUNNING) == 1);
        return stopped;
    }

    private long inFlight(String uri) {
        return context.getEndpoint(uri, SlngEndpoint.class).inFlightCount();
    }

    private static void assertInterrupted(Exchange exchange, String why) {
        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageStartingWith("slng:tts").hasMessageContaining(" of exchange " + exchange.getExchangeId())
                .hasMessageEndingWith(" was interrupted: " + why);
    }

    private void assertRunningOneAnswers() throws Exception {
        Exchange answered = running.get(10, TimeUnit.SECONDS);
        assertThat(answered.getException()).isNull();
        assertThat(answered.getMessage().getBody(byte[].class)).isEqualTo(sandbox().engine().synthesize("still said", RUNNING_VOICE));
        assertThat(inFlight(RUNNING)).isZero();
    }
}
