package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.fault.SandboxRoute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WebSocket bridge sessions the sandbox accepted, in the order they opened. Thread-safe.
 */
public final class StreamRecords {

    private final List<StreamSessionRecord> sessions = new ArrayList<>();
    private int open;
    private int peakOpen;

    synchronized StreamSessionRecord open(SandboxRoute route, String model, String sessionId, Map<String, String> headers) {
        StreamSessionRecord record = new StreamSessionRecord(route, model, sessionId, headers);
        sessions.add(record);
        open++;
        peakOpen = Math.max(peakOpen, open);
        return record;
    }

    synchronized void ended() {
        open--;
    }

    /** @return every session since the last {@link #clear()} */
    public synchronized List<StreamSessionRecord> all() {
        return List.copyOf(sessions);
    }

    /**
     * The sessions of one bridge.
     *
     * @param  route {@link SandboxRoute#TTS_STREAM}, {@link SandboxRoute#STT_STREAM} or {@link SandboxRoute#ANY}
     * @return       its sessions, in the order they opened
     */
    public synchronized List<StreamSessionRecord> of(SandboxRoute route) {
        List<StreamSessionRecord> matching = new ArrayList<>();
        for (StreamSessionRecord session : sessions) {
            if (route.matches(session.route())) {
                matching.add(session);
            }
        }
        return matching;
    }

    /** @return how many connections are open right now, also those opened before the last {@link #clear()} */
    public synchronized int openCount() {
        return open;
    }

    /**
     * The most connections that were open at once since the last {@link #clear()}: how a test proves that sessions
     * really overlapped.
     *
     * @return the peak number of open connections
     */
    public synchronized int peakOpenCount() {
        return peakOpen;
    }

    /** Forgets the recorded sessions and the peak; the open count still follows the connections that are open. */
    public synchronized void clear() {
        sessions.clear();
        peakOpen = open;
    }
}
