package dev.camelslng.sandbox.batch;

/**
 * The states a sandbox batch job goes through (a subset of the real API's).
 */
public enum JobStatus {
    QUEUED,
    IN_PROGRESS,
    DONE,
    FAILED;

    /** @return whether the job will not change any more */
    public boolean isTerminal() {
        return this == DONE || this == FAILED;
    }
}
