package dev.camelslng.component;

import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves the options of each message and hands it to its operation. The call completes on a worker thread, so the
 * route thread returns at once.
 */
public class SlngProducer extends DefaultAsyncProducer {

    private final SlngEndpoint endpoint;

    public SlngProducer(SlngEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            MessageOptions options = MessageOptions.resolve(exchange.getMessage(), endpoint.getConfiguration(),
                    () -> System.getenv(MessageOptions.API_KEY_ENV));
            endpoint.operation(options.operation()).process(exchange, options).whenComplete((done, failure) -> {
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                }
                callback.done(false);
            });
            return false;
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }
}
