package dev.camelslng.component.http;

import java.util.concurrent.CompletableFuture;

import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import org.apache.camel.Exchange;

/** One SLNG HTTP operation: turns a message into calls and writes the answer back into the message. */
public interface SlngHttpOperation {

    /**
     * Starts the operation. Input that cannot be sent is refused by throwing; everything later completes the future,
     * which has written the result into the exchange's message when it completes normally.
     */
    CompletableFuture<Void> process(Exchange exchange, MessageOptions options) throws SlngException;
}
