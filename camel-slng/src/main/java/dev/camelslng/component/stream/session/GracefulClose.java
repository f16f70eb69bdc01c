package dev.camelslng.component.stream.session;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closes sessions when their routes stop: {@code close} to each (STT: the last finals, TTS: the audio of flushed text),
 * then waits until every one has ended and handed its last events to the consumer, or the grace period is over. Runs
 * on the stopping thread, never an event loop.
 */
final class GracefulClose {

    private static final long DELIVERY_POLL_MILLIS = 20;

    private final List<StreamSession> closing;
    private final Object endedSignal;

    /** @param endedSignal notified whenever a session ends */
    GracefulClose(List<StreamSession> closing, Object endedSignal) {
        this.closing = closing;
        this.endedSignal = endedSignal;
    }

    void run(long graceMillis) {
        closing.forEach(session -> session.close("the routes using the endpoint stop"));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        // the sessions' own locks are taken outside the signal's: an ending session takes them in the other order
        while (closing.stream().anyMatch(s -> !s.state().isEnded() || s.pendingEvents() > 0) && deadline - System.nanoTime() > 0) {
            synchronized (endedSignal) {
                try {
                    // an ended session wakes this at once; its last events are polled for
                    endedSignal.wait(DELIVERY_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
