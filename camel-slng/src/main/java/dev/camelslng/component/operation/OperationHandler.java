package dev.camelslng.component.operation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.inflight.InFlightExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** One SLNG HTTP operation: turns a message into calls and says how to write the answer back into the message. */
public interface OperationHandler {

    /**
     * Starts the operation for {@code inFlight}. Input that cannot be sent is refused by throwing, before any I/O. The
     * future yields what to write into the message; it is written only if the exchange has not completed otherwise (a
     * stop that interrupted it), so a late answer never touches a finished exchange.
     */
    CompletableFuture<Consumer<Message>> process(Exchange exchange, MessageOptions options, InFlightExchange inFlight)
            throws SlngException;
}
