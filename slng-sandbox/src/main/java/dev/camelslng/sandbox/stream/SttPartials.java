package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;
import io.vertx.core.WorkerExecutor;

/**
 * When the STT bridge reports partial transcripts of the open segment, if the session asked for them. A transcriber that
 * decodes as it is fed is asked on every speech symbol, and reported when its text grew by a few characters. A
 * {@link Transcriber#blocking() blocking} one decodes a snapshot on a worker thread once the segment grew by about a
 * second since the last snapshot, one snapshot at a time and only while no final of the session waits for the decoder
 * (finals come first); a snapshot that comes back after its segment ended is dropped, since its final is on its way.
 * Runs on the session's event loop; not thread-safe.
 */
final class SttPartials {

    private static final int PARTIAL_GROWTH = 5;

    private final WorkerExecutor workers;
    private final boolean enabled;
    private final long snapshotBytes;
    private final SttSegmenter.Events events;
    private int segment;
    private int lastLength;
    private String lastText = "";
    private long lastSnapshot;
    private boolean decoding;

    /**
     * @param workers    the decoder threads
     * @param enabled    whether the session asked for partials
     * @param sampleRate the PCM sample rate, for the snapshot interval
     * @param events     where partials go
     */
    SttPartials(WorkerExecutor workers, boolean enabled, int sampleRate, SttSegmenter.Events events) {
        this.workers = workers;
        this.enabled = enabled;
        this.snapshotBytes = 2L * sampleRate;
        this.events = events;
    }

    /**
     * A speech symbol was fed to the open segment's transcriber.
     *
     * @param transcriber  the open segment's transcriber
     * @param segmentBytes the PCM bytes the open segment holds so far
     * @param finalsIdle   whether no final of the session waits for the decoder
     */
    void onSpeech(Transcriber transcriber, long segmentBytes, boolean finalsIdle) {
        if (!enabled) {
            return;
        }
        if (!transcriber.blocking()) {
            Transcript sofar = transcriber.soFar();
            if (sofar.text().length() >= lastLength + PARTIAL_GROWTH) {
                lastLength = sofar.text().length();
                events.partial(sofar.text(), sofar.confidence());
            }
        } else if (!decoding && finalsIdle && segmentBytes >= lastSnapshot + snapshotBytes) {
            decoding = true;
            lastSnapshot = segmentBytes;
            int snapshotSegment = segment;
            workers.executeBlocking(transcriber::soFar, false).onComplete(decoded -> {
                decoding = false;
                if (decoded.succeeded() && snapshotSegment == segment) {
                    report(decoded.result());
                }
            });
        }
    }

    /** The open segment ended: what comes back for it from now on is too late. */
    void segmentEnded() {
        segment++;
        lastLength = 0;
        lastText = "";
        lastSnapshot = 0;
    }

    private void report(Transcript sofar) {
        if (!sofar.text().isEmpty() && !sofar.text().equals(lastText)) {
            lastText = sofar.text();
            events.partial(sofar.text(), sofar.confidence());
        }
    }
}
