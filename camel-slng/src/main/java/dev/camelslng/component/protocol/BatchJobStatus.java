package dev.camelslng.component.protocol;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The states of a batch job, as {@code GET /v1/batch/jobs/{id}} reports them. */
public enum BatchJobStatus {
    QUEUED,
    IN_PROGRESS,
    DECODING,
    POST_PROCESSING,
    DONE,
    FAILED,
    DELETED,
    /** A state this client does not know yet: treated as still running. */
    UNKNOWN;

    public static BatchJobStatus of(JsonNode job) {
        String status = job.path("status").asText("");
        try {
            return valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Whether polling can stop. */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == DELETED;
    }
}
