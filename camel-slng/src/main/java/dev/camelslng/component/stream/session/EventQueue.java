package dev.camelslng.component.stream.session;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's events on their way to the consumer: one after another, in order, on the shared worker pool, never on an
 * event loop. Bounded by back pressure, not by dropping: past {@link #HIGH_WATER} waiting events it tells the session
 * to stop reading its socket (the server's own flow control then holds its messages back), and once the consumer has
 * caught up to {@link #LOW_WATER} to read again. Held while the consumer is suspended, with nothing lost.
 */
final class EventQueue {

    static final int HIGH_WATER = 256;
    static final int LOW_WATER = 64;

    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);

    private final Executor pool;
    private final Consumer<Boolean> lagging;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;
    private boolean held;
    private boolean lag;

    /** @param lagging told {@code true} when the consumer falls behind, {@code false} when it has caught up */
    EventQueue(Executor pool, Consumer<Boolean> lagging) {
        this.pool = pool;
        this.lagging = lagging;
    }

    void execute(Runnable task) {
        boolean fellBehind;
        synchronized (tasks) {
            tasks.add(task);
            fellBehind = !lag && tasks.size() > HIGH_WATER;
            lag |= fellBehind;
        }
        if (fellBehind) {
            lagging.accept(true);
        }
        startDraining();
    }

    /** Holds delivery (the consumer is suspended) or lets it go on. */
    void hold(boolean hold) {
        synchronized (tasks) {
            held = hold;
        }
        if (!hold) {
            startDraining();
        }
    }

    /** How many events wait to be delivered, counting one being delivered now. */
    int pending() {
        synchronized (tasks) {
            return tasks.size() + (draining ? 1 : 0);
        }
    }

    private void startDraining() {
        synchronized (tasks) {
            if (draining || held || tasks.isEmpty()) {
                return;
            }
            draining = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            synchronized (tasks) {
                LOG.debug("Dropping {} stream events: the pool is stopping", tasks.size());
                tasks.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            boolean caughtUp;
            synchronized (tasks) {
                task = held ? null : tasks.poll();
                if (task == null) {
                    draining = false;
                    return;
                }
                caughtUp = lag && tasks.size() <= LOW_WATER;
                lag &= !caughtUp;
            }
            if (caughtUp) {
                lagging.accept(false);
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A stream event task failed", e);
            }
        }
    }
}
