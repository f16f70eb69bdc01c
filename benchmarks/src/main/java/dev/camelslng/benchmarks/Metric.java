package dev.camelslng.benchmarks;

import java.util.Locale;

/**
 * What the benchmark measures for each side, the table it belongs to, and its target where there is one: on the ratio
 * component / raw, or on the component's own figure when the target is absolute.
 */
enum Metric {
    TTS_P50(Section.HTTP, "TTS latency p50, sequential", "us", false, Target.ratio(1.05)),
    TTS_P90(Section.HTTP, "TTS latency p90, sequential", "us", false, Target.NONE),
    TTS_P99(Section.HTTP, "TTS latency p99, sequential", "us", false, Target.NONE),
    TTS_THROUGHPUT(Section.HTTP, "TTS throughput, 64 in flight", "calls/s", true, Target.ratio(0.95)),
    STT_ARRAY(Section.HTTP, "STT upload, 10 MiB byte[]", "MiB/s", true, Target.ratio(0.98)),
    STT_FILE(Section.HTTP, "STT upload, 200 MiB file", "MiB/s", true, Target.ratio(0.98)),
    TTS_ALLOCATION(Section.HTTP, "Allocated per TTS call (client JVM)", "KiB", false, Target.NONE),
    TTS_CPU(Section.HTTP, "CPU per TTS call (client JVM)", "us", false, Target.NONE),
    FIRST_CHUNK_P50(Section.STREAMS, "TTS stream, time to first audio chunk p50", "us", false, Target.ratio(1.05)),
    FIRST_CHUNK_P90(Section.STREAMS, "TTS stream, time to first audio chunk p90", "us", false, Target.NONE),
    FIRST_CHUNK_P99(Section.STREAMS, "TTS stream, time to first audio chunk p99", "us", false, Target.NONE),
    UTTERANCE_ALLOCATION(Section.STREAMS, "Allocated per streamed utterance (client JVM)", "KiB", false, Target.NONE),
    UTTERANCE_CPU(Section.STREAMS, "CPU per streamed utterance (client JVM)", "us", false, Target.ratio(1.2)),
    AUDIO_MESSAGES(Section.STREAMS, "STT stream, 320-byte audio messages on one connection", "messages/s", true, Target.ratio(0.9)),
    AUDIO_MESSAGE_ALLOCATION(Section.STREAMS, "Allocated per STT audio message (client JVM)", "KiB", false, Target.ratio(1.5)),
    IDLE_SESSION_HEAP(Section.STREAMS, "Heap per idle TTS stream session, 1000 open", "KB", false, Target.absolute(100));

    /** The table a metric is in, and what its raw side is. */
    enum Section {
        HTTP("Raw HttpClient 5", "raw HttpClient 5"),
        STREAMS("Raw Vert.x WebSocket", "raw Vert.x WebSocket");

        private final String rawColumn;
        private final String rawLabel;

        Section(String rawColumn, String rawLabel) {
            this.rawColumn = rawColumn;
            this.rawLabel = rawLabel;
        }

        /** @return the heading of the raw column, e.g. "Raw HttpClient 5" */
        String rawColumn() {
            return rawColumn;
        }

        /** @return the label of {@code side} in this section */
        String label(Side side) {
            return side == Side.RAW ? rawLabel : side.label();
        }
    }

    /** A bound on the ratio component / raw, or on the component's figure when {@code absolute}; 0 for none. */
    private record Target(double bound, boolean absolute) {
        static final Target NONE = new Target(0, false);

        static Target ratio(double bound) {
            return new Target(bound, false);
        }

        static Target absolute(double bound) {
            return new Target(bound, true);
        }
    }

    private final Section section;
    private final String title;
    private final String unit;
    private final boolean higherIsBetter;
    private final Target target;

    Metric(Section section, String title, String unit, boolean higherIsBetter, Target target) {
        this.section = section;
        this.title = title;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.target = target;
    }

    Section section() {
        return section;
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
        return target.bound() > 0;
    }

    /** @return the target as it reads, e.g. "<= 1.05" (a ratio) or "component >= 20000", or "" when there is none */
    String target() {
        if (!hasTarget()) {
            return "";
        }
        String bound = (higherIsBetter ? ">= " : "<= ")
                       + String.format(Locale.ROOT, target.absolute() ? "%.0f" : "%.2f", target.bound());
        return target.absolute() ? "component " + bound : bound;
    }

    /** @return whether the round figures meet the target */
    boolean meets(Results results) {
        double value = target.absolute() ? results.median(this, Side.COMPONENT) : results.ratio(this);
        return higherIsBetter ? value >= target.bound() : value <= target.bound();
    }
}
