package dev.camelslng.component;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The component's own threads, all bounded and started on first use: one timer, the workers (route work: stream events,
 * completions, retried attempts, polls; the user's {@code executorService} takes their place) and the stream senders
 * (producers that stream a body, pace it, or wait for room). Senders have their own threads because they may hold one
 * for a whole call: sharing the workers, a few paced streams would hold back every consumer's events.
 */
final class ComponentThreads {

    /** The workers' threads. */
    private static final int WORKER_THREADS = 20;

    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final ExecutorService senders;

    private ComponentThreads(ScheduledExecutorService timer, ExecutorService workers, ExecutorService senders) {
        this.timer = timer;
        this.workers = workers;
        this.senders = senders;
    }

    /** Makes the pools of {@code owner}. */
    static ComponentThreads start(CamelContext context, Object owner, int senderThreads) {
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        // The timer only hands due work to the workers. Its queue holds waiting timers, never work, so it is unbounded;
        // abort (not Camel's default caller-runs) makes a refusal visible.
        ThreadPoolProfile timerProfile = profile("SlngScheduler", 1, -1);
        timerProfile.setAllowCoreThreadTimeOut(false);
        ScheduledExecutorService timer = manager.newScheduledThreadPool(owner, "SlngScheduler", timerProfile);
        // the queues are not bounded, since what waits in them is bounded already (exchanges in flight, and per stream
        // session at most one event delivery and the completions of its send queue)
        ExecutorService workers = manager.newThreadPool(owner, "SlngWorker", profile("SlngWorker", WORKER_THREADS, Integer.MAX_VALUE));
        ExecutorService senders = manager.newThreadPool(owner, "SlngStreamSender",
                profile("SlngStreamSender", senderThreads, Integer.MAX_VALUE));
        return new ComponentThreads(timer, workers, senders);
    }

    private static ThreadPoolProfile profile(String name, int threads, int queueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(queueSize);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    ExecutorService workers() {
        return workers;
    }

    ExecutorService senders() {
        return senders;
    }

    /** Stops the threads at once. */
    void shutdown(CamelContext context) {
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        manager.shutdownNow(timer);
        manager.shutdownNow(workers);
        manager.shutdownNow(senders);
    }

    /** An executor that hands work to the pool {@code pool} gives now, refusing it once the component stopped (null). */
    static Executor live(Supplier<ExecutorService> pool) {
        return task -> {
            ExecutorService current = pool.get();
            if (current == null) {
                throw new RejectedExecutionException("The slng component is stopped");
            }
            current.execute(task);
        };
    }
}
