package dev.camelslng.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.AsyncProducer;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Many callers at once, Camel's async contract, and failures that are not exceptions. */
class ConcurrencyTest extends SlngTestSupport {

    private static final int CALLERS = 1100;
    private static final int IN_FLIGHT = 50;

    @Test
    void elevenHundredConcurrentCallsEachGetTheirOwnAudioEvenWhenSomeAreRetried() throws Exception {
        String uri = "slng:tts?retryMaxDelay=2000";
        template.requestBody(uri, "warm up", byte[].class);
        // The first 100 requests to arrive are refused; their retries come a second later, when the faults are spent.
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).header("Retry-After", "1").times(100));

        assertEveryCallerGetsItsOwnAudio(uri, CALLERS);

        assertThat(sandbox().requests().total(SandboxRoute.TTS)).isEqualTo(CALLERS + 1 + 100);
    }

    @Test
    void fiftyCallsReallyInFlightAtOnceEachGetTheirOwnAudio() throws Exception {
        // Each request is held two seconds by the server, so that all of them are in flight together; a pool of 50.
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(2000).times(IN_FLIGHT));

        assertEveryCallerGetsItsOwnAudio("slng:tts?maxTotalConnections=" + IN_FLIGHT + "&connectionsPerRoute=" + IN_FLIGHT,
                IN_FLIGHT);

        assertThat(sandbox().requests().total(SandboxRoute.TTS)).isEqualTo(IN_FLIGHT);
        assertThat(sandbox().requests().peakInFlight()).as("requests in flight at once").isEqualTo(IN_FLIGHT);
    }

    /** A text of its own for each caller: no two get the same audio. */
    private static String order(int caller) {
        return "caller " + caller + " orders item " + (caller * 7 + 3);
    }

    /** {@code callers} threads send a text of their own each, all at once; each must get the audio of its text. */
    private void assertEveryCallerGetsItsOwnAudio(String uri, int callers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String text = order(i);
                calls.add(threads.submit(() -> {
                    start.await();
                    return template.requestBody(uri, text, byte[].class);
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                assertThat(calls.get(i).get(2, TimeUnit.MINUTES)).as("caller %d", i)
                        .isEqualTo(speech(order(i)));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:saturated").doTry().to("slng:tts?retryMaxAttempts=2").doCatch(SlngException.class)
                        .process(exchange -> exchange.getMessage().setHeader("failedOn", Thread.currentThread().getName()))
                        .end();
            }
        };
    }

    @Test
    void processReturnsTrueExactlyWhenTheCallbackRanSynchronously() throws Exception {
        AsyncProducer producer = context.getEndpoint("slng:tts").createAsyncProducer();
        producer.start();
        List<Boolean> callbacks = new java.util.concurrent.CopyOnWriteArrayList<>();

        boolean fast = producer.process(exchange("answered at once"), callbacks::add);
        assertThat(fast).isTrue();
        assertThat(callbacks).containsExactly(true);

        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).times(1));
        callbacks.clear();
        Exchange retried = exchange("answered after a retry");
        boolean slow = producer.process(retried, callbacks::add);
        assertThat(slow).isFalse();
        await().until(() -> !callbacks.isEmpty());
        assertThat(callbacks).containsExactly(false);
        assertThat(retried.getException()).isNull();
        assertThat(retried.getMessage().getBody(byte[].class)).isEqualTo(speech("answered after a retry"));
        producer.stop();
    }

    @Test
    void anExchangeSentAfterItsProducerStoppedFailsAtOnce() throws Exception {
        AsyncProducer producer = context.getEndpoint("slng:tts").createAsyncProducer();
        producer.start();
        producer.stop();
        List<Boolean> callbacks = new java.util.concurrent.CopyOnWriteArrayList<>();
        Exchange late = exchange("too late");

        assertThat(producer.process(late, callbacks::add)).isTrue();

        assertThat(callbacks).containsExactly(true);
        assertThat(late.getException()).isInstanceOf(SlngException.class).hasMessageContaining("producer is not running");
        assertThat(context.getEndpoint("slng:tts", SlngEndpoint.class).inFlightCount()).isZero();
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void aCallbackThatThrowsIsCalledOnce() throws Exception {
        AsyncProducer producer = context.getEndpoint("slng:tts").createAsyncProducer();
        producer.start();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> producer.process(exchange("callback fails"), doneSync -> {
            calls.incrementAndGet();
            throw new IllegalStateException("the caller's own bug");
        })).hasMessageContaining("the caller's own bug");

        assertThat(calls).hasValue(1);
        producer.stop();
    }

    @Test
    void anErrorInARetriedAttemptCompletesTheExchange() {
        AtomicInteger attempts = new AtomicInteger();
        HttpClientConfigurer failOnRetry = builder -> builder.addRequestInterceptorFirst((request, entity, httpContext) -> {
            if (attempts.incrementAndGet() == 2) {
                throw new StackOverflowError("simulated");
            }
        });
        context.getRegistry().bind("failOnRetry", failOnRetry);
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).times(1));

        Exchange exchange = send("slng:tts?httpClientConfigurer=#failOnRetry", "never spoken");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class).hasMessageContaining("StackOverflowError")
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aSaturatedExecutorServiceFailsTheExchangeSayingSo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadPoolExecutor full = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
        full.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            SlngComponent component = context.getComponent("slng", SlngComponent.class);
            component.setExecutorService(full);
            sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).times(1));

            Exchange exchange = send("slng:tts", "no thread to retry on");

            assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                    .hasMessageContaining("rejected the task (saturated or shut down)");
            sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).times(1));
            Exchange handled = template.send("direct:saturated", ex -> ex.getMessage().setBody("fails off the timer"));
            assertThat(handled.getMessage().getHeader("failedOn", String.class)).isNotNull().doesNotContain("SlngScheduler");
        } finally {
            release.countDown();
            full.shutdown();
        }
    }

    private Exchange exchange(String body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(body);
        return exchange;
    }
}
