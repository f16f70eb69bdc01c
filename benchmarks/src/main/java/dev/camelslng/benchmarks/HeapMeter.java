package dev.camelslng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap this JVM retains: used heap after full collections, repeated until two readings agree. */
final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** Two readings this close count as settled: 64 KiB is 66 bytes per session of a thousand. */
    private static final long SETTLED_BYTES = 64 * 1024;
    private static final int MAX_COLLECTIONS = 10;
    private static final long PAUSE_MILLIS = 50;

    private HeapMeter() {
    }

    static long retainedBytes() throws InterruptedException {
        long previous = collect();
        for (int i = 1; i < MAX_COLLECTIONS; i++) {
            long current = collect();
            if (Math.abs(current - previous) <= SETTLED_BYTES) {
                return Math.min(current, previous);
            }
            previous = current;
        }
        return previous;
    }

    private static long collect() throws InterruptedException {
        System.gc();
        Thread.sleep(PAUSE_MILLIS);
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
