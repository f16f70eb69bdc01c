package dev.camelslng.component.inflight;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StatefulService;

/**
 * One exchange an slng producer accepted and has not completed yet. It completes exactly once, whoever gets there first:
 * the operation, a stop that interrupts it, or its deadline (see {@link InFlightExchanges#interruptOverdue}). It keeps
 * Camel's async contract: when the exchange completes before {@code process} returns, the callback runs with
 * {@code true} from {@link #returnFromProcess()}; afterwards, with {@code false} from the completing thread.
 */
public final class InFlightExchange {

    private static final int IN_PROCESS = 0;
    private static final int RETURNED = 1;
    private static final int COMPLETED_IN_PROCESS = 2;
    private static final int COMPLETED = 3;

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final StatefulService producer;
    private final Object endpoint;
    private final Supplier<String> description;
    private final TimeLimit timeLimit;
    private final long deadlineNanos;
    private final InFlightExchanges registry;
    private final boolean trackedFromReturn;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final AtomicInteger handshake = new AtomicInteger(IN_PROCESS);
    private final AtomicReference<Runnable> cancelWork = new AtomicReference<>();

    InFlightExchange(Exchange exchange, AsyncCallback callback, StatefulService producer, Object endpoint,
                     Supplier<String> description, TimeLimit timeLimit, InFlightExchanges registry, boolean trackedFromReturn) {
        this.exchange = exchange;
        this.callback = callback;
        this.producer = producer;
        this.endpoint = endpoint;
        this.description = description;
        this.timeLimit = timeLimit;
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeLimit.millis());
        this.registry = registry;
        this.trackedFromReturn = trackedFromReturn;
    }

    /** Whether more work may be done for this exchange: it is not complete and its producer may still run. */
    public boolean isActive() {
        return !completed.get() && producer.isRunAllowed();
    }

    /** Milliseconds left of the exchange's time budget; zero or less once it is spent. */
    public long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }

    /** The option that limits the exchange's time, as the user knows it, e.g. "callTimeout=300000 ms". */
    public String timeLimit() {
        return timeLimit.text();
    }

    /**
     * Registers how to abandon the work in progress (abort a request, cancel a timer) if the exchange is interrupted; it
     * replaces the previous one. Runs it at once when the exchange is already complete.
     */
    public void onInterrupt(Runnable cancel) {
        cancelWork.set(cancel);
        if (completed.get() && cancelWork.compareAndSet(cancel, null)) {
            cancel.run();
        }
    }

    /** Forgets {@code cancel} once the work it abandons is over, so that it is never run on finished work. */
    public void workDone(Runnable cancel) {
        cancelWork.compareAndSet(cancel, null);
    }

    /** Completes with the outcome of the operation: a writer of the result, or the failure. */
    public void complete(Consumer<Message> result, Throwable failure) {
        if (completed.compareAndSet(false, true)) {
            try {
                if (failure != null) {
                    exchange.setException(failure);
                } else {
                    result.accept(exchange.getMessage());
                }
            } catch (Throwable e) {
                exchange.setException(e);
            } finally {
                finish();
            }
        }
    }

    /** Fails the exchange with {@code failure} unless it completed already, and abandons the work in progress. */
    public void interrupt(Throwable failure) {
        if (completed.compareAndSet(false, true)) {
            abandon(failure);
        }
    }

    /**
     * As {@link #interrupt(Throwable)}, with the failure, the abandoning and the rest of the route on {@code executor};
     * the exchange stops being {@linkplain #isActive() active} at once, so that work waiting for it on that executor's
     * threads gives them back rather than holding them until the interrupt gets one.
     */
    public void interrupt(Throwable failure, Executor executor) {
        if (completed.compareAndSet(false, true)) {
            executor.execute(() -> abandon(failure));
        }
    }

    private void abandon(Throwable failure) {
        exchange.setException(failure);
        Runnable cancel = cancelWork.getAndSet(null);
        if (cancel != null) {
            cancel.run();
        }
        finish();
    }

    /**
     * Called once by {@code process} as it returns: {@code true} (after running the callback) when the exchange is already
     * complete, {@code false} when it will complete later.
     */
    public boolean returnFromProcess() {
        if (handshake.compareAndSet(IN_PROCESS, RETURNED)) {
            if (!trackedFromReturn) {
                return false;
            }
            registry.add(this);
            if (completed.get()) {
                // completed meanwhile: its finish may have run before the add
                registry.remove(this);
            }
            return false;
        }
        callback.done(true);
        return true;
    }

    private void finish() {
        registry.remove(this);
        if (!handshake.compareAndSet(IN_PROCESS, COMPLETED_IN_PROCESS) && handshake.compareAndSet(RETURNED, COMPLETED)) {
            callback.done(false);
        }
    }

    boolean belongsTo(Object producerOrEndpoint) {
        return producer == producerOrEndpoint || endpoint == producerOrEndpoint;
    }

    Object endpoint() {
        return endpoint;
    }

    @Override
    public String toString() {
        return description.get() + " of exchange " + exchange.getExchangeId();
    }
}
