package dev.camelslng.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Times one TTS utterance at a time, the same way for both sides: the send, the first audio chunk the user code sees,
 * the audio bytes, and the end. Chunks and the end of one utterance come from one thread at a time (a session's events
 * are serial), so plain fields suffice; the latch publishes them to the waiting caller.
 */
final class UtteranceClock {

    /** What one utterance gave. @param firstChunkNanos from the send to the first chunk @param audioBytes all of it */
    record Utterance(long firstChunkNanos, long audioBytes) {
    }

    private static final long TIMEOUT_SECONDS = 30;

    private volatile CountDownLatch ended = new CountDownLatch(0);
    private long sentNanos;
    private long firstChunkNanos;
    private long audioBytes;

    /** Call right before the text goes out. */
    void sending() {
        firstChunkNanos = 0;
        audioBytes = 0;
        ended = new CountDownLatch(1);
        sentNanos = System.nanoTime();
    }

    void audio(int bytes) {
        if (firstChunkNanos == 0) {
            firstChunkNanos = System.nanoTime();
        }
        audioBytes += bytes;
    }

    void end() {
        ended.countDown();
    }

    Utterance await(Side side) throws InterruptedException {
        if (!ended.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(side.label() + " got no audio_end within " + TIMEOUT_SECONDS + " s");
        }
        return new Utterance(firstChunkNanos == 0 ? -1 : firstChunkNanos - sentNanos, audioBytes);
    }
}
