package dev.camelslng.component.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of a finished batch job: its transcript, plus the job and its file list as SLNG returned them.
 *
 * @param jobId      the batch job id
 * @param transcript the plain-text transcript
 * @param job        the last {@code GET /v1/batch/jobs/{id}} response
 * @param files      the {@code GET /v1/batch/jobs/{id}/files} response; its download URLs are presigned credentials
 */
public record BatchTranscription(String jobId, String transcript, JsonNode job, JsonNode files) {

    /** Leaves out the file list: its presigned URLs must not reach a log. */
    @Override
    public String toString() {
        return "BatchTranscription[jobId=" + jobId + ", status=" + BatchJobStatus.of(job) + ", transcript=" + transcript.length()
               + " chars]";
    }
}
