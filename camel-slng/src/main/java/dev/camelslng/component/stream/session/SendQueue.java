package dev.camelslng.component.stream.session;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.apache.camel.Message;

/**
 * What producers gave a session while it was not ready, in order, bounded. Used under the session's lock; completing an
 * exchange is handed to the worker pool, so no route work runs under that lock or on an event loop.
 */
final class SendQueue {

    private final ArrayDeque<Outbound> items = new ArrayDeque<>();
    private final int capacity;
    private final Executor workers;
    private final Consumer<Message> sent;

    /** @param sent what an exchange whose message was sent gets as its result */
    SendQueue(int capacity, Executor workers, Consumer<Message> sent) {
        this.capacity = capacity;
        this.workers = workers;
        this.sent = sent;
    }

    boolean isFull() {
        return items.size() >= capacity;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }

    int capacity() {
        return capacity;
    }

    void add(Outbound item) {
        items.add(item);
    }

    /**
     * Writes everything queued, in order, on a connection that just became ready; an exchange that waited for its
     * message to be sent completes once the link has taken it (see {@link SessionLink#whenWritable}).
     */
    void drainTo(SessionLink link) {
        while (!items.isEmpty()) {
            Outbound item = items.poll();
            if (item.wanted()) {
                item.write().accept(link);
            }
            link.whenWritable(() -> complete(item, null));
        }
    }

    /** Completes the exchange of an item just written, once the link has taken it. */
    void written(Outbound item, SessionLink link) {
        if (item.exchange() != null && item.completeOnWrite()) {
            link.whenWritable(() -> complete(item, null));
        }
    }

    /**
     * Drops everything queued: exchanges that only waited to be sent complete as dealt with, those that waited for a
     * result fail with {@code unanswered}.
     */
    void dropAll(Throwable unanswered) {
        items.forEach(item -> complete(item, item.completeOnWrite() ? null : unanswered));
        items.clear();
    }

    /** Fails every queued exchange with {@code cause}: the session ended. */
    void failAll(Throwable cause) {
        items.forEach(item -> complete(item, cause));
        items.clear();
    }

    private void complete(Outbound item, Throwable failure) {
        if (item.exchange() != null && (failure != null || item.completeOnWrite())) {
            workers.execute(() -> item.exchange().complete(sent, failure));
        }
    }
}
