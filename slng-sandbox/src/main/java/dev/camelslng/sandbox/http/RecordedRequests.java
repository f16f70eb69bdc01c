package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.fault.SandboxRoute;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests the sandbox received, oldest first (admin requests to {@code /_sandbox/faults} excluded). Thread-safe.
 */
public final class RecordedRequests {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    /** @return a snapshot of every recorded request */
    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    /** @return the most recent request, or null if none */
    public synchronized RecordedRequest last() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    /**
     * Counts the requests made on a route.
     *
     * @param  route a route, or {@link SandboxRoute#ANY} for all
     * @return       the number of requests
     */
    public synchronized int count(SandboxRoute route) {
        return (int) requests.stream().filter(r -> route.matches(r.route())).count();
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        requests.clear();
    }

    /**
     * Requests on one route.
     *
     * @param  route a route, or {@link SandboxRoute#ANY}
     * @return       the matching requests, oldest first
     */
    public synchronized List<RecordedRequest> on(SandboxRoute route) {
        return requests.stream().filter(r -> route.matches(r.route())).toList();
    }
}
