package dev.camelslng.benchmarks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.camelslng.sandbox.engine.ToneSpeechEngine;
import dev.camelslng.sandbox.engine.Wav;

/**
 * TTS utterances one after another on an open session: the time from sending the text to the first audio chunk the
 * user code sees. Each side speaks {@value #UTTERANCES} utterances per round, in blocks of {@value #BLOCK_UTTERANCES}
 * taken in turns; every utterance's audio is checked to be all there. Over the same utterances, the heap allocated and
 * the CPU time of the client JVM per utterance, as for the HTTP calls.
 */
final class FirstChunkLatency {

    static final int UTTERANCES = 1000;
    static final int BLOCK_UTTERANCES = 100;
    /** The stream's audio is the PCM of the same engine at 16 kHz, without the WAV header of the HTTP answer. */
    static final int AUDIO_BYTES = Wav.pcmData(new ToneSpeechEngine().synthesize(SpokenText.TEXT, null)).length;

    void measure(List<StreamContender> order, Results results) throws Exception {
        Map<Side, long[]> latencies = new EnumMap<>(Side.class);
        Map<Side, long[]> counters = new EnumMap<>(Side.class);
        for (StreamContender contender : order) {
            latencies.put(contender.side(), new long[UTTERANCES]);
            counters.put(contender.side(), new long[2]);
        }
        for (int block = 0; block < UTTERANCES / BLOCK_UTTERANCES; block++) {
            for (StreamContender contender : Workloads.inTurn(order, block)) {
                block(contender, latencies.get(contender.side()), block * BLOCK_UTTERANCES, counters.get(contender.side()));
            }
        }
        for (StreamContender contender : order) {
            long[] nanos = latencies.get(contender.side());
            long[] counted = counters.get(contender.side());
            results.add(Metric.UTTERANCE_ALLOCATION, contender.side(), counted[0] / (double) UTTERANCES / 1024);
            results.add(Metric.UTTERANCE_CPU, contender.side(), counted[1] / (double) UTTERANCES / 1e3);
            Arrays.sort(nanos);
            results.add(Metric.FIRST_CHUNK_P50, contender.side(), SequentialTts.percentile(nanos, 0.50) / 1e3);
            results.add(Metric.FIRST_CHUNK_P90, contender.side(), SequentialTts.percentile(nanos, 0.90) / 1e3);
            results.add(Metric.FIRST_CHUNK_P99, contender.side(), SequentialTts.percentile(nanos, 0.99) / 1e3);
        }
    }

    /** Records each utterance's time to first chunk from {@code offset}; adds the allocated bytes and CPU nanos of the block. */
    private static void block(StreamContender contender, long[] latencies, int offset, long[] counters) throws Exception {
        long allocatedBefore = JvmMeters.allocatedBytes();
        long cpuBefore = JvmMeters.processCpuNanos();
        for (int i = offset; i < offset + BLOCK_UTTERANCES; i++) {
            latencies[i] = speak(contender);
        }
        counters[1] += JvmMeters.processCpuNanos() - cpuBefore;
        counters[0] += JvmMeters.allocatedBytes() - allocatedBefore;
    }

    /** @return the nanoseconds to the first chunk of a checked utterance */
    private static long speak(StreamContender contender) throws Exception {
        UtteranceClock.Utterance utterance = contender.speak(SpokenText.TEXT);
        if (utterance.audioBytes() != AUDIO_BYTES || utterance.firstChunkNanos() <= 0) {
            throw new IllegalStateException(contender.side().label() + " got " + utterance.audioBytes()
                                            + " streamed audio bytes instead of " + AUDIO_BYTES);
        }
        return utterance.firstChunkNanos();
    }
}
