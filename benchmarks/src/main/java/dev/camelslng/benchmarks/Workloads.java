package dev.camelslng.benchmarks;

import java.util.List;

/**
 * One round of measured work. The two sides take turns in short blocks within every phase (ABBA order: A B, B A, ...), so
 * a burst of load from elsewhere on the machine hits both sides alike; each phase starts on a collected heap.
 */
final class Workloads implements AutoCloseable {

    private final SequentialTts sequential = new SequentialTts();
    private final ConcurrentTts concurrent = new ConcurrentTts();
    private final Uploads uploads;
    private final FirstChunkLatency firstChunk = new FirstChunkLatency();
    private final AudioMessageRate audioMessages = new AudioMessageRate();
    private final IdleSessionHeap idleSessions = new IdleSessionHeap();

    Workloads(Recordings recordings) {
        this.uploads = new Uploads(recordings);
    }

    /**
     * @param order       the side that goes first in this round, then the other (HTTP)
     * @param streamOrder the same sides, using the WebSocket bridges
     */
    void round(List<Contender> order, List<StreamContender> streamOrder, Results results) throws Exception {
        System.gc();
        sequential.measure(order, results);
        System.gc();
        concurrent.measure(order, results);
        System.gc();
        uploads.measure(order, results);
        System.gc();
        firstChunk.measure(streamOrder, results);
        System.gc();
        audioMessages.measure(streamOrder, results);
        idleSessions.measure(streamOrder, results);
    }

    /** @return the order of turn {@code turn}: as given in even turns, reversed in odd ones */
    static <T> List<T> inTurn(List<T> order, int turn) {
        return turn % 2 == 0 ? order : List.of(order.get(1), order.get(0));
    }

    @Override
    public void close() throws InterruptedException {
        concurrent.close();
    }
}
