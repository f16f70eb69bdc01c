package dev.camelslng.component.stream;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one after another, in the order given, on a shared pool: a session's events reach its route in the order
 * they arrived, off the event loop, without a thread of its own.
 */
final class SerialExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
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

    /** How many tasks wait to run. */
    int pending() {
        synchronized (tasks) {
            return tasks.size();
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    draining = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A stream event task failed", e);
            }
        }
    }
}
