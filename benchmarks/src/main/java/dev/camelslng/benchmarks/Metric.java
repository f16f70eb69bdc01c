package dev.camelslng.benchmarks;

import java.util.Locale;

/**
 * What the benchmark measures for each side, and the target on the ratio component / raw where there is one.
 */
enum Metric {
    TTS_P50("TTS latency p50, sequential", "us", false, 1.05),
    TTS_P90("TTS latency p90, sequential", "us", false, 0),
    TTS_P99("TTS latency p99, sequential", "us", false, 0),
    TTS_THROUGHPUT("TTS throughput, 64 in flight", "calls/s", true, 0.95),
    STT_ARRAY("STT upload, 10 MiB byte[]", "MiB/s", true, 0.98),
    STT_FILE("STT upload, 200 MiB file", "MiB/s", true, 0.98),
    TTS_ALLOCATION("Allocated per TTS call (client JVM)", "KiB", false, 0),
    TTS_CPU("CPU per TTS call (client JVM)", "us", false, 0);

    private final String title;
    private final String unit;
    private final boolean higherIsBetter;
    private final double target;

    Metric(String title, String unit, boolean higherIsBetter, double target) {
        this.title = title;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.target = target;
    }

    /** @return the name, e.g. "TTS latency p50, sequential" */
    String title() {
        return title;
    }

    /** @return the name and unit, e.g. "TTS latency p50, sequential (us)" */
    String label() {
        return title + " (" + unit + ")";
    }

    boolean hasTarget() {
        return target > 0;
    }

    /** @return the target as it reads, e.g. "<= 1.05", or "" when there is none */
    String target() {
        if (!hasTarget()) {
            return "";
        }
        return (higherIsBetter ? ">= " : "<= ") + String.format(Locale.ROOT, "%.2f", target);
    }

    /** @return whether a ratio component / raw meets the target */
    boolean meets(double ratio) {
        return higherIsBetter ? ratio >= target : ratio <= target;
    }
}
