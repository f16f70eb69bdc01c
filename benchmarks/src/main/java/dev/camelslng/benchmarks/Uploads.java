package dev.camelslng.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * STT uploads, timed from the start of the request to the checked transcript: {@value #ARRAY_UPLOADS} uploads of the
 * 10 MiB byte[] per side and round, then {@value #FILE_UPLOADS} of the 200 MiB file, taken in turns.
 */
final class Uploads {

    static final int ARRAY_UPLOADS = 6;
    static final int FILE_UPLOADS = 2;

    private static final double MIB = 1 << 20;

    private final Recordings recordings;

    Uploads(Recordings recordings) {
        this.recordings = recordings;
    }

    void measure(List<Contender> order, Results results) throws Exception {
        Map<Side, Long> arrayNanos = new EnumMap<>(Side.class);
        for (int turn = 0; turn < ARRAY_UPLOADS; turn++) {
            for (Contender contender : Workloads.inTurn(order, turn)) {
                arrayNanos.merge(contender.side(), time(() -> contender.transcribe(recordings.array())), Long::sum);
            }
        }
        arrayNanos.forEach((side, nanos) -> results.add(Metric.STT_ARRAY, side,
                mibPerSecond((long) Recordings.ARRAY_BYTES * ARRAY_UPLOADS, nanos)));
        Map<Side, Long> fileNanos = new EnumMap<>(Side.class);
        for (int turn = 0; turn < FILE_UPLOADS; turn++) {
            for (Contender contender : Workloads.inTurn(order, turn)) {
                fileNanos.merge(contender.side(), time(() -> contender.transcribe(recordings.file())), Long::sum);
            }
        }
        fileNanos.forEach((side, nanos) -> results.add(Metric.STT_FILE, side, mibPerSecond(Recordings.FILE_BYTES * FILE_UPLOADS, nanos)));
    }

    private static long time(Upload upload) throws Exception {
        long start = System.nanoTime();
        String transcript = upload.transcribe();
        long nanos = System.nanoTime() - start;
        if (!Recordings.SPOKEN.equals(transcript)) {
            throw new IllegalStateException("Wrong transcript of an upload: \"" + transcript + "\"");
        }
        return nanos;
    }

    private static double mibPerSecond(long bytes, long nanos) {
        return bytes / MIB / (nanos / 1e9);
    }

    @FunctionalInterface
    private interface Upload {
        String transcribe() throws Exception;
    }
}
