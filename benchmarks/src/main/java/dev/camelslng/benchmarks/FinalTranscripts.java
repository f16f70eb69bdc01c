package dev.camelslng.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waits for the next STT final transcript, the same way for both sides, and gives the seconds of audio it covers. */
final class FinalTranscripts {

    private static final long TIMEOUT_SECONDS = 60;

    private volatile CompletableFuture<Double> next = new CompletableFuture<>();

    /** Call before the finalize goes out. */
    void expect() {
        next = new CompletableFuture<>();
    }

    void arrived(double seconds) {
        next.complete(seconds);
    }

    double await() throws Exception {
        return next.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
