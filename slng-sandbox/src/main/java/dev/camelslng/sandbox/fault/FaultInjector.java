package dev.camelslng.sandbox.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults waiting to fire. Thread-safe; the first added fault that matches a request's route fires, and each
 * firing uses up one of its {@link Fault#times()}.
 */
public final class FaultInjector {

    private final List<Armed> armed = new ArrayList<>();

    /**
     * Arms a fault after those already armed.
     *
     * @param  fault a fully configured fault
     * @return       this injector
     */
    public synchronized FaultInjector add(Fault fault) {
        armed.add(new Armed(fault, fault.times()));
        return this;
    }

    /** Disarms every fault. */
    public synchronized void clear() {
        armed.clear();
    }

    /**
     * How many faults are still armed.
     *
     * @return the number of faults that can still fire
     */
    public synchronized int size() {
        return armed.size();
    }

    /**
     * Takes the fault for a request that just arrived on a route, using up one of its firings.
     *
     * @param  route the route of the request
     * @return       the fault to apply, if any
     */
    public synchronized Optional<Fault> next(SandboxRoute route) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed candidate = it.next();
            if (candidate.fault.route().matches(route)) {
                if (candidate.remaining != Fault.ALWAYS && --candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    private static final class Armed {
        private final Fault fault;
        private int remaining;

        Armed(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
