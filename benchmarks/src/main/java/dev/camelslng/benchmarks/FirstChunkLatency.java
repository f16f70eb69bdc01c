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
 * taken in turns; every utterance's audio is checked to be all there.
 */
final class FirstChunkLatency {

    static final int UTTERANCES = 1000;
    static final int BLOCK_UTTERANCES = 100;
    /** The stream's audio is the PCM of the same engine at 16 kHz, without the WAV header of the HTTP answer. */
    static final int AUDIO_BYTES = Wav.pcmData(new ToneSpeechEngine().synthesize(SpokenText.TEXT, null)).length;

    void measure(List<StreamContender> order, Results results) throws Exception {
        Map<Side, long[]> latencies = new EnumMap<>(Side.class);
        for (StreamContender contender : order) {
            latencies.put(contender.side(), new long[UTTERANCES]);
        }
        for (int block = 0; block < UTTERANCES / BLOCK_UTTERANCES; block++) {
            for (StreamContender contender : Workloads.inTurn(order, block)) {
                long[] nanos = latencies.get(contender.side());
                for (int i = block * BLOCK_UTTERANCES; i < (block + 1) * BLOCK_UTTERANCES; i++) {
                    nanos[i] = speak(contender);
                }
            }
        }
        for (StreamContender contender : order) {
            long[] nanos = latencies.get(contender.side());
            Arrays.sort(nanos);
            results.add(Metric.FIRST_CHUNK_P50, contender.side(), SequentialTts.percentile(nanos, 0.50) / 1e3);
            results.add(Metric.FIRST_CHUNK_P90, contender.side(), SequentialTts.percentile(nanos, 0.90) / 1e3);
            results.add(Metric.FIRST_CHUNK_P99, contender.side(), SequentialTts.percentile(nanos, 0.99) / 1e3);
        }
    }

    /** @return the nanoseconds to the first chunk of a checked utterance */
    static long speak(StreamContender contender) throws Exception {
        UtteranceClock.Utterance utterance = contender.speak(SpokenText.TEXT);
        if (utterance.audioBytes() != AUDIO_BYTES || utterance.firstChunkNanos() <= 0) {
            throw new IllegalStateException(contender.side().label() + " got " + utterance.audioBytes()
                                            + " streamed audio bytes instead of " + AUDIO_BYTES);
        }
        return utterance.firstChunkNanos();
    }
}
