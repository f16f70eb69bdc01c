package dev.camelslng.component.inflight;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.StatefulService;

/**
 * The exchanges every slng producer of a component has accepted and not completed. When a producer, an endpoint or the
 * component stops, its exchanges are failed here, each exactly once, so that none is left without an outcome (no
 * {@code moveFailed}, no transaction rollback) and no retry or poll runs for it afterwards.
 */
public final class InFlightExchanges {

    private final Set<InFlightExchange> exchanges = ConcurrentHashMap.newKeySet();

    /**
     * Starts tracking an exchange.
     *
     * @param description what the exchange does, for messages, e.g. "slng:stt slng/deepgram/nova:3-en"; no secrets.
     *                    Made only when a message needs it: exchanges that succeed never do.
     * @param timeLimit   how long it may take in all
     */
    public InFlightExchange begin(Exchange exchange, AsyncCallback callback, StatefulService producer, Object endpoint,
                                  Supplier<String> description, TimeLimit timeLimit) {
        InFlightExchange inFlight = new InFlightExchange(exchange, callback, producer, endpoint, description, timeLimit, this, false);
        exchanges.add(inFlight);
        return inFlight;
    }

    /**
     * As {@link #begin}, for a producer whose {@code process} never blocks: the exchange is tracked (for stops and its
     * deadline) only once {@code process} returns without completing it, so one that completes on the calling thread,
     * most stream messages, never enters the shared set.
     */
    public InFlightExchange beginNonBlocking(Exchange exchange, AsyncCallback callback, StatefulService producer, Object endpoint,
                                             Supplier<String> description, TimeLimit timeLimit) {
        return new InFlightExchange(exchange, callback, producer, endpoint, description, timeLimit, this, true);
    }

    void add(InFlightExchange inFlight) {
        exchanges.add(inFlight);
    }

    /** Fails every exchange of {@code owner} (a producer or an endpoint) with the exception {@code reason} makes for it. */
    public void interruptAll(Object owner, Function<InFlightExchange, Exception> reason) {
        interrupt(inFlight -> inFlight.belongsTo(owner), reason);
    }

    /** Fails every exchange with the exception {@code reason} makes for it. */
    public void interruptAll(Function<InFlightExchange, Exception> reason) {
        interrupt(inFlight -> true, reason);
    }

    /**
     * Fails every exchange whose time budget is spent, wherever it is (a request on the wire, a wait for a pooled
     * connection, a retry's wait), with the exception {@code reason} makes for it. The component runs this every few
     * tenths of a second, one sweep for all exchanges rather than a timer each, which would cost every call a wake-up
     * of the timer thread. Each interrupt, and so the rest of its route, runs on {@code executor}; the exchange stops
     * being active at once.
     */
    public void interruptOverdue(Function<InFlightExchange, Exception> reason, Executor executor) {
        for (InFlightExchange inFlight : exchanges) {
            if (inFlight.remainingMillis() <= 0) {
                inFlight.interrupt(reason.apply(inFlight), executor);
            }
        }
    }

    /** How many exchanges of {@code endpoint} are in flight. */
    public long count(Object endpoint) {
        return exchanges.stream().filter(inFlight -> inFlight.endpoint() == endpoint).count();
    }

    private void interrupt(Predicate<InFlightExchange> which, Function<InFlightExchange, Exception> reason) {
        for (InFlightExchange inFlight : exchanges) {
            if (which.test(inFlight)) {
                inFlight.interrupt(reason.apply(inFlight));
            }
        }
    }

    void remove(InFlightExchange inFlight) {
        exchanges.remove(inFlight);
    }
}
