package dev.camelslng.component.stream.session;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The last state of the sessions that ended lately, for the console and the health check: an ended session leaves the
 * endpoint's open sessions at once (its stream id may open a new one, it no longer counts against maxSessions, its
 * buffers are freed), and its snapshot stays here for {@link #RETENTION_SECONDS}, at most {@link #CAPACITY} of them.
 */
final class EndedSessions {

    static final long RETENTION_SECONDS = 60;
    static final int CAPACITY = 100;

    private record Ended(SessionSnapshot snapshot, long endedNanos) {
    }

    private final ArrayDeque<Ended> ended = new ArrayDeque<>();

    synchronized void add(SessionSnapshot snapshot) {
        ended.add(new Ended(snapshot, System.nanoTime()));
        if (ended.size() > CAPACITY) {
            ended.poll();
        }
    }

    /** The sessions that ended within the retention, oldest first. */
    synchronized List<SessionSnapshot> recent() {
        long oldest = System.nanoTime() - TimeUnit.SECONDS.toNanos(RETENTION_SECONDS);
        while (!ended.isEmpty() && ended.peek().endedNanos() - oldest < 0) {
            ended.poll();
        }
        return ended.stream().map(Ended::snapshot).toList();
    }

    synchronized void clear() {
        ended.clear();
    }
}
