package dev.camelslng.component.stream.session;

import java.util.function.Supplier;

/**
 * How a session's events reach the consumer: in order through an {@link EventQueue}, and only as fast as the consumer
 * takes them. While the consumer lags or its route is suspended the session's ready connection is not read, so the
 * server's own flow control holds its messages back instead of memory filling up; reading resumes once it catches up.
 * Pause changes take the session's lock.
 */
final class SessionDelivery {

    private final StreamSession session;
    private final SessionContext context;
    private final Supplier<SessionLink> readyLink;
    private final EventQueue events;
    private boolean lagging;
    private boolean suspended;

    SessionDelivery(StreamSession session, SessionContext context, Supplier<SessionLink> readyLink) {
        this.session = session;
        this.context = context;
        this.readyLink = readyLink;
        this.events = new EventQueue(context.workers(), this::lagging);
    }

    /** Hands an event to the consumer, in order, on a worker thread. */
    void emit(StreamEvent event) {
        events.execute(() -> {
            StreamListener listener = context.listener().get();
            if (listener != null && event.wanted().getAsBoolean()) {
                listener.onEvent(session, event);
            }
        });
    }

    private void lagging(boolean lags) {
        synchronized (session) {
            lagging = lags;
            applyReadPause();
        }
    }

    /** The consumer's route is suspended (events held, socket not read) or resumed. */
    void suspended(boolean suspend) {
        synchronized (session) {
            suspended = suspend;
            events.hold(suspend);
            applyReadPause();
        }
    }

    /** Reads the ready connection only while the consumer keeps up and is not suspended. Under the session's lock. */
    void applyReadPause() {
        SessionLink link = readyLink.get();
        if (link != null) {
            link.pause(lagging || suspended);
        }
    }

    int pending() {
        return events.pending();
    }
}
