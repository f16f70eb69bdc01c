package dev.camelslng.component.stream.session;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.stream.session.StreamSession.Offer;

/**
 * What producers give a session: written at once when it is ready, else queued (the first message makes it connect).
 * A message that finds room is taken whole without waiting, on the caller's thread; when the queue is full, a worker
 * waits for room up to {@code sendQueueTimeout}, never the caller. Remembers when producers last used the session, for
 * its idle close. Takes the session's lock for each step; waiting for room releases it.
 */
final class SessionSender {

    private final StreamSession session;
    private final SessionStateMachine machine;
    private final SendQueue queue;
    private long lastUsedNanos = System.nanoTime();

    SessionSender(StreamSession session, SessionStateMachine machine, SendQueue queue) {
        this.session = session;
        this.machine = machine;
        this.queue = queue;
    }

    /** Whether a message would be taken now without waiting: the session is ready, or its queue has room (or it ended). */
    boolean hasRoom() {
        synchronized (session) {
            return machine.state() == SessionState.READY || machine.state().isEnded() || !queue.isFull();
        }
    }

    /**
     * Offers part of a message that found room ({@link #hasRoom()}): sent now or queued, also past {@code sendQueueSize}
     * when other producers filled the queue meanwhile (the message is in memory already); never waits.
     *
     * @throws SlngException when the session has ended
     */
    Offer sendAdmitted(Outbound item) throws SlngException {
        return offer(item, true);
    }

    /**
     * Offers a message on a worker, waiting up to {@code queueTimeout} ms for room when the send queue is full.
     *
     * @throws SlngException when the session has ended, or the queue stayed full
     */
    Offer send(Outbound item, long queueTimeout) throws SlngException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(queueTimeout);
        while (true) {
            Offer offer = offer(item, false);
            if (offer != Offer.FULL) {
                return offer;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                if (left <= 0 || !awaitRoom(left)) {
                    throw new SlngException(session + " cannot take the message: its send queue is full (sendQueueSize="
                                            + queue.capacity() + ") while it is " + session.state().label()
                                            + (queueTimeout > 0 ? ", for sendQueueTimeout=" + queueTimeout + " ms" : ""));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlngException(session + " was interrupted while waiting for room in its send queue", null, e);
            }
        }
    }

    /** Sent now when ready, else queued (connecting first if needed), else FULL unless {@code admitted}. */
    private Offer offer(Outbound item, boolean admitted) throws SlngException {
        synchronized (session) {
            SessionState state = machine.state();
            if (state.isEnded() || state == SessionState.CLOSING || machine.closeRequested()) {
                throw endedError();
            }
            lastUsedNanos = System.nanoTime();
            if (state == SessionState.READY) {
                SessionLink link = machine.readyLink();
                item.write().accept(link);
                if (!link.writeQueueFull()) {
                    return Offer.SENT;
                }
                // the link is behind: the exchange completes when it has taken the message, from its drain handler
                queue.written(item, link);
                return Offer.QUEUED;
            }
            if (queue.isFull() && !admitted) {
                return Offer.FULL;
            }
            queue.add(item);
            if (state == SessionState.IDLE) {
                machine.connect();
            }
            return Offer.QUEUED;
        }
    }

    /** Waits up to {@code millis} for room in the send queue; returns whether there is room (or the session ended). */
    private boolean awaitRoom(long millis) throws InterruptedException {
        synchronized (session) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (queue.isFull() && !machine.state().isEnded() && machine.state() != SessionState.READY) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                session.wait(left);
            }
            return true;
        }
    }

    /** Why no more messages are taken: the failure itself when SLNG refused (its status stays visible to the route). */
    private SlngException endedError() {
        Throwable lastError = machine.recovery().lastError();
        if (machine.state() == SessionState.FAILED && lastError instanceof SlngApiException refused) {
            return new SlngApiException(refused.getMessage(), refused.getStatusCode(), refused.getErrorMessage(),
                    refused.getErrorDetails(), refused.getRequestId());
        }
        String state = machine.state().isEnded() ? machine.state().label() : "closing";
        return new SlngException(session + " is " + state + (lastError != null ? ": " + lastError.getMessage() : ""),
                null, lastError);
    }

    /** Runs {@code action} with the live connection, or with null when there is none; under the session's lock. */
    void locked(Consumer<SessionLink> action) {
        lastUsedNanos = System.nanoTime();
        action.accept(machine.readyLink());
    }

    /**
     * Closes once everything queued before has gone out: a close command goes after the message's own text or audio,
     * and is queued even when the queue is full.
     */
    void closeAfterQueued(String why) throws SlngException {
        synchronized (session) {
            SessionState state = machine.state();
            if (state != SessionState.CONNECTING && state != SessionState.RECONNECTING || queue.isEmpty()) {
                session.close(why);
                return;
            }
            offer(new Outbound(ready -> session.close(why), null, false), true);
        }
    }

    /** A producer is about to use the session. Under the session's lock. */
    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    /** Whether producers have not used the session for {@code millis} by {@code now}; under the session's lock. */
    boolean unusedFor(long millis, long now) {
        return now - lastUsedNanos >= TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
