package dev.camelslng.sandbox.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory batch jobs, in submission order. Thread-safe.
 */
public final class BatchJobStore {

    private final Map<String, BatchJob> jobs = new LinkedHashMap<>();

    /**
     * Stores a new job.
     *
     * @param  job the job
     * @return     false when a job with the same id exists already
     */
    public synchronized boolean add(BatchJob job) {
        return jobs.putIfAbsent(job.id(), job) == null;
    }

    /**
     * Looks a job up.
     *
     * @param  id the job id
     * @return    the job, if known
     */
    public synchronized Optional<BatchJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return every job, oldest first */
    public synchronized List<BatchJob> all() {
        return new ArrayList<>(jobs.values());
    }

    /** Forgets every job. */
    public synchronized void clear() {
        jobs.clear();
    }
}
