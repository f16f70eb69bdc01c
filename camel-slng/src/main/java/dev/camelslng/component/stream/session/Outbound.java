package dev.camelslng.component.stream.session;

import java.util.function.Consumer;

import dev.camelslng.component.inflight.InFlightExchange;

/**
 * One thing a producer gives a session to send: written at once when the session is ready, else queued until it is.
 *
 * @param write           writes the frames and records what the session must remember about them
 * @param exchange        the producer exchange to complete once written, or null
 * @param completeOnWrite whether writing completes the exchange (false when it waits for an answer)
 */
public record Outbound(Consumer<SessionLink> write, InFlightExchange exchange, boolean completeOnWrite) {

    /** Whether it should still go out: its exchange, if any, has not been interrupted meanwhile. */
    boolean wanted() {
        return exchange == null || exchange.isActive();
    }
}
