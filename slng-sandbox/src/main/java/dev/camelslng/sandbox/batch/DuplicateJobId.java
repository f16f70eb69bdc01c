package dev.camelslng.sandbox.batch;

/**
 * How the sandbox answers a batch submit whose {@code job_id} is already taken. The protocol does not say what SLNG
 * answers, so clients must not rely on any of these: after an ambiguous submit, they check with
 * {@code GET /v1/batch/jobs/{id}}. The existing job is never replaced.
 */
public enum DuplicateJobId {
    /** {@code 409 {"error":"Job already exists"}}. */
    CONFLICT,
    /** {@code 202 {"job_id":..., "status":...}} with the existing job's current status, as an idempotent submit would. */
    EXISTING_JOB,
    /** {@code 400 {"error":"Validation error","details":"job_id already exists: ..."}}. */
    VALIDATION_ERROR
}
