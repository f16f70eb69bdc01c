package dev.camelslng.component.stream.session;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The consumers of a stream name: each gets every event, in turn, on the session's delivery thread. While any of them
 * is suspended, the name's sessions hold their events for all, so none misses one.
 */
final class Consumers {

    private final List<StreamListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<StreamListener> suspended = ConcurrentHashMap.newKeySet();
    private final StreamListener every = (session, event) -> listeners.forEach(l -> l.onEvent(session, event));

    void add(StreamListener listener) {
        listeners.add(listener);
    }

    void remove(StreamListener listener) {
        listeners.remove(listener);
    }

    /** What delivers to every consumer, or null with none (events are dropped). */
    StreamListener listener() {
        return listeners.isEmpty() ? null : every;
    }

    /** Records that {@code consumer} is suspended or resumed; true when that changes whether any is suspended. */
    boolean suspend(StreamListener consumer, boolean suspend) {
        return suspend ? suspended.add(consumer) && suspended.size() == 1 : suspended.remove(consumer) && suspended.isEmpty();
    }

    boolean anySuspended() {
        return !suspended.isEmpty();
    }
}
