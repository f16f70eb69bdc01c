package dev.camelslng.benchmarks;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * Counters of this JVM, read the same way for both sides: heap bytes allocated by all its live threads, and the CPU
 * time of the whole process (callers, pools, GC and JIT). The server runs in another JVM, so neither counts its work.
 */
final class JvmMeters {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("This JVM cannot count allocated bytes per thread");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    private JvmMeters() {
    }

    /** Threads that end between two readings take their count with them: read around phases where pools stay up. */
    static long allocatedBytes() {
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            if (bytes > 0) {
                total += bytes;
            }
        }
        return total;
    }

    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }
}
