package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.fault.SandboxRoute;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the sandbox received (admin requests to {@code /_sandbox/faults} excluded). Only the most recent
 * {@link #capacity()} are kept, so a long-running sandbox does not grow without limit; {@link #total(SandboxRoute)}
 * counts every request regardless. Thread-safe.
 */
public final class RecordedRequests {

    /** How many requests are kept unless configured otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final ArrayDeque<RecordedRequest> recent = new ArrayDeque<>();
    private final Map<SandboxRoute, Long> totals = new EnumMap<>(SandboxRoute.class);
    private int inFlight;
    private int peakInFlight;

    /** Keeps the last {@link #DEFAULT_CAPACITY} requests. */
    public RecordedRequests() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param capacity how many of the most recent requests to keep, at least 1
     */
    public RecordedRequests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The recorded request capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void add(RecordedRequest request) {
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(request);
        totals.merge(request.route(), 1L, Long::sum);
    }

    /** A request arrived: it is in flight until {@link #answered()}. */
    synchronized void arrived() {
        inFlight++;
        peakInFlight = Math.max(peakInFlight, inFlight);
    }

    /** A request's response ended, or its connection closed before it did. */
    synchronized void answered() {
        inFlight--;
    }

    /**
     * The most requests that were in flight at once (arrived, response not yet ended; admin requests excluded) since
     * the sandbox started or was last {@link #clear() cleared}: how a test proves that calls really overlapped.
     *
     * @return the peak number of concurrent requests
     */
    public synchronized int peakInFlight() {
        return peakInFlight;
    }

    /** @return how many of the most recent requests are kept */
    public int capacity() {
        return capacity;
    }

    /** @return a snapshot of the kept requests, oldest first */
    public synchronized List<RecordedRequest> all() {
        return List.copyOf(recent);
    }

    /** @return the most recent request, or null if none */
    public synchronized RecordedRequest last() {
        return recent.peekLast();
    }

    /**
     * Counts the kept requests made on a route; see {@link #total(SandboxRoute)} for a count beyond the capacity.
     *
     * @param  route a route, or {@link SandboxRoute#ANY} for all
     * @return       the number of kept requests
     */
    public synchronized int count(SandboxRoute route) {
        return (int) recent.stream().filter(r -> route.matches(r.route())).count();
    }

    /**
     * Counts every request made on a route since the sandbox started or was last {@link #clear() cleared}, also those
     * no longer kept. It only grows in between, so a test can check that nothing more arrives.
     *
     * @param  route a route, or {@link SandboxRoute#ANY} for all
     * @return       the number of requests
     */
    public synchronized long total(SandboxRoute route) {
        return totals.entrySet().stream().filter(e -> route.matches(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** Forgets every recorded request and resets the totals and the peak (to what is in flight now). */
    public synchronized void clear() {
        recent.clear();
        totals.clear();
        peakInFlight = inFlight;
    }

    /**
     * The kept requests on one route.
     *
     * @param  route a route, or {@link SandboxRoute#ANY}
     * @return       the matching requests, oldest first
     */
    public synchronized List<RecordedRequest> on(SandboxRoute route) {
        return recent.stream().filter(r -> route.matches(r.route())).toList();
    }
}
