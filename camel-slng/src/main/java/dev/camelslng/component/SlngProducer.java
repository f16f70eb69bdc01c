package dev.camelslng.component;

import java.util.concurrent.CompletionException;

import dev.camelslng.component.health.SlngProducerHealthCheck;
import dev.camelslng.component.inflight.InFlightExchange;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves the options of each message and hands it to its operation. The first HTTP attempt runs on the calling thread;
 * an exchange that must wait (a retry, a batch poll) returns at once and completes later on a worker thread. Every
 * exchange is tracked until it completes, and failed with a clear error if this producer stops first.
 */
public class SlngProducer extends DefaultAsyncProducer {

    private final SlngEndpoint endpoint;
    private WritableHealthCheckRepository healthChecks;
    private SlngProducerHealthCheck healthCheck;

    public SlngProducer(SlngEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        InFlightExchange inFlight;
        MessageOptions options;
        try {
            options = MessageOptions.resolve(exchange.getMessage(), endpoint.getConfiguration(), MessageOptions.ENVIRONMENT_KEY);
        } catch (Throwable e) {
            endpoint.statistics().failed(e);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        boolean batch = options.operation() == SlngOperation.BATCH_STT;
        long budget = batch ? options.batchTimeout() : endpoint.getConfiguration().getCallTimeout();
        String timeLimit = (batch ? "batchTimeout=" : "callTimeout=") + budget + " ms"
                           + (batch ? " (the batch job is left running on SLNG)" : "");
        inFlight = endpoint.getComponent().inFlight().begin(exchange, callback, this, endpoint,
                "slng:" + options.operation() + " " + options.model(), timeLimit, budget);
        endpoint.statistics().started();
        try {
            InFlightExchange tracked = inFlight;
            endpoint.operation(options.operation()).process(exchange, options, inFlight).whenComplete((result, failure) -> {
                Throwable cause = unwrap(failure);
                if (cause != null) {
                    endpoint.statistics().failed(cause);
                }
                tracked.complete(result, cause);
            });
        } catch (Throwable e) {
            endpoint.statistics().failed(e);
            inFlight.complete(null, e);
        }
        return inFlight.returnFromProcess();
    }

    /** Registers the endpoint's health check, as camel-kafka does; users see it with camel.health.producersEnabled=true. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthChecks = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = new SlngProducerHealthCheck(endpoint, MessageOptions.ENVIRONMENT_KEY);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().inFlight().interruptAll(this, exchange -> new SlngException(
                exchange + " was interrupted: its route or producer stopped before SLNG answered"));
        if (healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
