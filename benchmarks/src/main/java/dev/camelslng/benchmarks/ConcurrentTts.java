package dev.camelslng.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@value #CALLERS} threads making TTS calls back to back, so that many calls are in flight. Each side gets
 * {@value #WINDOWS} windows per round, taken in turns; a window counts the calls completed in
 * {@value #WINDOW_MILLIS} ms after a {@value #RAMP_MILLIS} ms ramp.
 */
final class ConcurrentTts implements AutoCloseable {

    static final int CALLERS = 64;
    static final int WINDOWS = 3;
    static final long RAMP_MILLIS = 300;
    static final long WINDOW_MILLIS = 1000;

    private final AtomicInteger callerNumber = new AtomicInteger();
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS, task -> {
        Thread thread = new Thread(task, "caller-" + callerNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void measure(List<Contender> order, Results results) throws InterruptedException {
        Map<Side, long[]> totals = new EnumMap<>(Side.class);
        for (int window = 0; window < WINDOWS * 2; window++) {
            for (Contender contender : Workloads.inTurn(order, window)) {
                long[] calls = window(contender);
                long[] total = totals.computeIfAbsent(contender.side(), side -> new long[2]);
                total[0] += calls[0];
                total[1] += calls[1];
            }
        }
        totals.forEach((side, total) -> results.add(Metric.TTS_THROUGHPUT, side, total[0] * 1e9 / total[1]));
    }

    /** @return the calls completed in the window, and the window's length in nanoseconds */
    private long[] window(Contender contender) throws InterruptedException {
        LongAdder completed = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            callers.execute(() -> {
                try {
                    while (!stop.get()) {
                        SpokenText.speak(contender);
                        completed.increment();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                } finally {
                    finished.countDown();
                }
            });
        }
        Thread.sleep(RAMP_MILLIS);
        long countBefore = completed.sum();
        long start = System.nanoTime();
        Thread.sleep(WINDOW_MILLIS);
        long count = completed.sum() - countBefore;
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        finished.await();
        if (failure.get() != null) {
            throw new IllegalStateException(contender.side().label() + " failed a TTS call under load", failure.get());
        }
        return new long[] {count, elapsed};
    }

    @Override
    public void close() throws InterruptedException {
        callers.shutdownNow();
        callers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
