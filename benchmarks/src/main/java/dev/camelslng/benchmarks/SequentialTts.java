package dev.camelslng.benchmarks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * TTS calls one after another: latency percentiles, and heap allocation and CPU per call over the same calls. Each side
 * makes {@value #CALLS} calls per round, in blocks of {@value #BLOCK_CALLS} taken in turns.
 */
final class SequentialTts {

    static final int CALLS = 2000;
    static final int BLOCK_CALLS = 100;

    void measure(List<Contender> order, Results results) throws Exception {
        Map<Side, long[]> latencies = new EnumMap<>(Side.class);
        Map<Side, long[]> counters = new EnumMap<>(Side.class);
        for (Contender contender : order) {
            latencies.put(contender.side(), new long[CALLS]);
            counters.put(contender.side(), new long[2]);
        }
        for (int block = 0; block < CALLS / BLOCK_CALLS; block++) {
            for (Contender contender : Workloads.inTurn(order, block)) {
                block(contender, latencies.get(contender.side()), block * BLOCK_CALLS, counters.get(contender.side()));
            }
        }
        for (Contender contender : order) {
            Side side = contender.side();
            long[] nanos = latencies.get(side);
            Arrays.sort(nanos);
            results.add(Metric.TTS_P50, side, percentile(nanos, 0.50) / 1e3);
            results.add(Metric.TTS_P90, side, percentile(nanos, 0.90) / 1e3);
            results.add(Metric.TTS_P99, side, percentile(nanos, 0.99) / 1e3);
            results.add(Metric.TTS_ALLOCATION, side, counters.get(side)[0] / (double) CALLS / 1024);
            results.add(Metric.TTS_CPU, side, counters.get(side)[1] / (double) CALLS / 1e3);
        }
    }

    /** Records each call's latency from {@code offset}; adds the allocated bytes and CPU nanos of the block. */
    private static void block(Contender contender, long[] latencies, int offset, long[] counters) throws Exception {
        long allocatedBefore = JvmMeters.allocatedBytes();
        long cpuBefore = JvmMeters.processCpuNanos();
        for (int i = offset; i < offset + BLOCK_CALLS; i++) {
            long start = System.nanoTime();
            SpokenText.speak(contender);
            latencies[i] = System.nanoTime() - start;
        }
        counters[1] += JvmMeters.processCpuNanos() - cpuBefore;
        counters[0] += JvmMeters.allocatedBytes() - allocatedBefore;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
    }
}
