package dev.camelslng.component;

import java.util.concurrent.CompletionException;

import dev.camelslng.component.health.ProducerHealthChecks;
import dev.camelslng.component.health.SlngProducerHealthCheck;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.inflight.TimeLimit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves the options of each message and hands it to its operation. The first HTTP attempt runs on the calling thread;
 * an exchange that must wait (a retry, a batch poll) returns at once and completes later on a worker thread. Every
 * exchange is tracked until it completes, and failed with a clear error if this producer stops first.
 */
public class SlngProducer extends DefaultAsyncProducer {

    private final SlngEndpoint endpoint;
    private final TimeLimit callTimeout;
    private ProducerHealthChecks healthCheck;

    public SlngProducer(SlngEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.callTimeout = TimeLimit.of("callTimeout", endpoint.getConfiguration().getCallTimeout(), "");
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        MessageOptions options;
        try {
            options = MessageOptions.resolve(exchange.getMessage(), endpoint.getConfiguration(), MessageOptions.ENVIRONMENT_KEY);
        } catch (Throwable e) {
            endpoint.statistics().failed(e);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        TimeLimit timeLimit = options.operation() == SlngOperation.BATCH_STT
                ? TimeLimit.of("batchTimeout", options.batchTimeout(), " (the batch job is left running on SLNG)")
                : callTimeout;
        // The callback runs once, whatever completes the exchange: the one place to count its outcome.
        InFlightExchange inFlight = endpoint.getComponent().inFlight().begin(exchange, doneSync -> {
            if (exchange.getException() != null) {
                endpoint.statistics().failed(exchange.getException());
            }
            callback.done(doneSync);
        }, this, endpoint, () -> "slng:" + options.operation() + " " + options.model(), timeLimit);
        endpoint.statistics().started();
        try {
            endpoint.operation(options.operation()).process(exchange, options, inFlight)
                    .whenComplete((result, failure) -> inFlight.complete(result, unwrap(failure)));
        } catch (Throwable e) {
            inFlight.complete(null, e);
        }
        return inFlight.returnFromProcess();
    }

    /** Registers the endpoint's health check, as camel-kafka does; users see it with camel.health.producersEnabled=true. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheck = ProducerHealthChecks.register(endpoint.getCamelContext(),
                new SlngProducerHealthCheck(endpoint, MessageOptions.ENVIRONMENT_KEY),
                endpoint.getComponent().isHealthCheckProducerEnabled());
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().inFlight().interruptAll(this, exchange -> new SlngException(
                exchange + " was interrupted: its route or producer stopped before SLNG answered"));
        if (healthCheck != null) {
            healthCheck.remove();
            healthCheck = null;
        }
        super.doStop();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
