package dev.camelslng.benchmarks;

import java.util.List;

/**
 * {@value #SESSIONS} TTS sessions open at once, each having spoken one short utterance, all idle: the heap they retain
 * (used heap after full collections, minus the same before they opened) per session. Each side once per round, in turn.
 */
final class IdleSessionHeap {

    static final int SESSIONS = 1000;

    void measure(List<StreamContender> order, Results results) throws Exception {
        for (StreamContender contender : order) {
            long before = HeapMeter.retainedBytes();
            contender.openIdleSessions(SESSIONS, SpokenText.TEXT);
            long after = HeapMeter.retainedBytes();
            contender.closeIdleSessions();
            results.add(Metric.IDLE_SESSION_HEAP, contender.side(), (after - before) / (double) SESSIONS / 1000);
        }
    }
}
