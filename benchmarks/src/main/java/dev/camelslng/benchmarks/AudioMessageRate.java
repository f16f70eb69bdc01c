package dev.camelslng.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Small STT audio messages through one open session: {@value #MESSAGES} messages of {@value #MESSAGE_BYTES} bytes
 * (10 ms of 16 kHz PCM16), then {@code finalize}, timed until the final transcript arrives, so every message was
 * processed by the server. The final's duration must cover exactly the audio sent. Each side makes {@value #RUNS}
 * runs per round, in turns; the heap allocated by the client JVM per message is read over the same runs.
 */
final class AudioMessageRate {

    static final int MESSAGES = 50_000;
    static final int MESSAGE_BYTES = 320;
    static final int RUNS = 4;

    private static final int BYTES_PER_SECOND = 16_000 * 2;

    private final byte[] chunk = new byte[MESSAGE_BYTES];

    void measure(List<StreamContender> order, Results results) throws Exception {
        Map<Side, Long> nanos = new EnumMap<>(Side.class);
        Map<Side, Long> allocated = new EnumMap<>(Side.class);
        for (int run = 0; run < RUNS; run++) {
            for (StreamContender contender : Workloads.inTurn(order, run)) {
                long allocatedBefore = JvmMeters.allocatedBytes();
                nanos.merge(contender.side(), run(contender), Long::sum);
                allocated.merge(contender.side(), JvmMeters.allocatedBytes() - allocatedBefore, Long::sum);
            }
        }
        nanos.forEach((side, total) -> results.add(Metric.AUDIO_MESSAGES, side, (double) MESSAGES * RUNS / (total / 1e9)));
        allocated.forEach((side, bytes) -> results.add(Metric.AUDIO_MESSAGE_ALLOCATION, side, bytes / (double) MESSAGES / RUNS / 1024));
    }

    private long run(StreamContender contender) throws Exception {
        long start = System.nanoTime();
        double seconds = contender.streamAudio(chunk, MESSAGES);
        long elapsed = System.nanoTime() - start;
        double expected = (double) MESSAGES * MESSAGE_BYTES / BYTES_PER_SECOND;
        if (Math.abs(seconds - expected) > 1e-6) {
            throw new IllegalStateException(contender.side().label() + "'s final covered " + seconds + " s of audio instead of "
                                            + expected + " s");
        }
        return elapsed;
    }
}
