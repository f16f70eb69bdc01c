package dev.camelslng.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops that come while exchanges wait on SLNG: each exchange completes exactly once with an error saying what was
 * interrupted, nothing is sent afterwards (counted on the server), and no slng thread is left. Batch jobs here never
 * finish by themselves, so only a stop ends their polling.
 */
class LifecycleTest extends CamelTestSupport {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().apiKey(SlngTestSupport.API_KEY)
            .batchPollsUntilDone(1_000_000));

    private final List<Exchange> completions = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setBaseUrl(SANDBOX.baseUrl());
        defaults.setApiKey(SlngTestSupport.API_KEY);
        defaults.setRetryMaxDelay(5000);
        defaults.setBatchPollInterval(10);
        defaults.setBatchMaxPollInterval(20);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tts").routeId("tts").to("slng:tts");
                from("direct:batch").routeId("batch").to("slng:batch-stt");
            }
        };
    }

    @Test
    void stoppingTheContextMidRequestFailsTheExchangeOnce() {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(20_000).times(1));
        sendAsync("direct:tts", "slow to answer");
        SlngEndpoint tts = endpoint("slng:tts");
        await().until(() -> tts.inFlightCount() == 1);

        long start = System.nanoTime();
        context.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertInterruptedOnce();
        assertThat(tts.statistics().failures()).isEqualTo(1);
        assertThat(tts.statistics().lastError().message()).contains("was interrupted");
        assertNoSlngThreadLeft();
    }

    @Test
    void stoppingTheContextMidRetryFailsTheExchangeOnceAndRetriesNothing() {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).header("Retry-After", "2").always());
        sendAsync("direct:tts", "retried later");
        await().until(() -> endpoint("slng:tts").statistics().retries() == 1);

        context.stop();

        assertInterruptedOnce();
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                .until(() -> SANDBOX.sandbox().requests().count(SandboxRoute.TTS) == 1);
        assertNoSlngThreadLeft();
    }

    @Test
    void stoppingTheContextMidBatchStopsThePolls() {
        sendAsync("direct:batch", SANDBOX.sandbox().engine().synthesize("a long meeting", null));
        await().until(() -> SANDBOX.sandbox().requests().count(SandboxRoute.BATCH_STATUS) >= 3);

        context.stop();

        assertInterruptedOnce();
        assertNoMorePolls();
        assertNoSlngThreadLeft();
    }

    @Test
    void stoppingTheRouteMidBatchStopsThePolls() throws Exception {
        sendAsync("direct:batch", SANDBOX.sandbox().engine().synthesize("a long meeting", null));
        await().until(() -> SANDBOX.sandbox().requests().count(SandboxRoute.BATCH_STATUS) >= 3);

        context.getRouteController().stopRoute("batch", 1, TimeUnit.SECONDS);

        assertInterruptedOnce();
        assertNoMorePolls();
    }

    /** Camel waits this long for in-flight exchanges before it forces the stop that interrupts them. */
    @Override
    protected void doPostSetup() {
        context.getShutdownStrategy().setTimeout(1);
    }

    private void sendAsync(String uri, Object body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                completions.add(done);
            }
        });
        template.asyncSend(uri, exchange);
    }

    private SlngEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, SlngEndpoint.class);
    }

    private void assertInterruptedOnce() {
        await().until(() -> !completions.isEmpty());
        await().during(Duration.ofMillis(300)).until(() -> completions.size() == 1);
        assertThat(completions.get(0).getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("was interrupted");
    }

    private void assertNoMorePolls() {
        int polls = SANDBOX.sandbox().requests().count(SandboxRoute.BATCH_STATUS);
        await().during(Duration.ofMillis(500)).until(() -> SANDBOX.sandbox().requests().count(SandboxRoute.BATCH_STATUS) == polls);
    }

    static void assertNoSlngThreadLeft() {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(Thread::isAlive).map(Thread::getName).noneMatch(name -> name.contains("Slng")));
    }
}
