package dev.camelslng.sandbox.batch;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One batch transcription job. Its progress is driven by status polls rather than time, so tests are deterministic:
 * the first poll sees QUEUED, the following ones IN_PROGRESS, and poll {@code pollsUntilDone + 1} sees the end state.
 */
public final class BatchJob {

    private final String id;
    private final String modelCode;
    private final JsonNode transcriptionConfig;
    private final JsonNode metadata;
    private final JobInput input;
    private final int pollsUntilDone;
    private final String downloadSignature;
    private final Instant submittedAt;
    private JobStatus status = JobStatus.QUEUED;
    private Instant startedAt;
    private Instant completedAt;
    private String errorMessage;
    private String pendingFailure;
    private int polls;

    /**
     * Creates a QUEUED job.
     *
     * @param id                  the job id
     * @param modelCode           the model code
     * @param transcriptionConfig the parsed {@code transcription_config}
     * @param metadata            the parsed {@code metadata}, may be null
     * @param input               the uploaded file
     * @param pollsUntilDone      how many polls report a non-terminal state
     * @param downloadSignature   the secret part of the download links
     */
    public BatchJob(String id, String modelCode, JsonNode transcriptionConfig, JsonNode metadata, JobInput input, int pollsUntilDone,
                    String downloadSignature) {
        this.id = id;
        this.modelCode = modelCode;
        this.transcriptionConfig = transcriptionConfig;
        this.metadata = metadata;
        this.input = input;
        this.pollsUntilDone = pollsUntilDone;
        this.downloadSignature = downloadSignature;
        this.submittedAt = Instant.now();
    }

    /**
     * Records a status poll, moving the job on.
     *
     * @return the status the poll sees
     */
    public synchronized JobStatus poll() {
        if (status.isTerminal()) {
            return status;
        }
        polls++;
        Instant now = Instant.now();
        if (polls > pollsUntilDone) {
            finish(now);
        } else if (polls > 1) {
            status = JobStatus.IN_PROGRESS;
            startedAt = now;
        }
        return status;
    }

    /**
     * Makes the job end FAILED instead of DONE; no effect on a job that has already ended.
     *
     * @param message the {@code error_message} to report
     */
    public synchronized void failWhenFinished(String message) {
        if (!status.isTerminal()) {
            pendingFailure = message;
        }
    }

    private void finish(Instant now) {
        if (pendingFailure != null) {
            status = JobStatus.FAILED;
            errorMessage = pendingFailure;
        } else {
            status = JobStatus.DONE;
        }
        if (startedAt == null) {
            startedAt = now;
        }
        completedAt = now;
    }

    /** @return the job id */
    public String id() {
        return id;
    }

    /** @return the model code */
    public String modelCode() {
        return modelCode;
    }

    /** @return the parsed {@code transcription_config} */
    public JsonNode transcriptionConfig() {
        return transcriptionConfig;
    }

    /** @return the parsed {@code metadata}, or null */
    public JsonNode metadata() {
        return metadata;
    }

    /** @return the uploaded file */
    public JobInput input() {
        return input;
    }

    /** @return the secret part of the download links */
    public String downloadSignature() {
        return downloadSignature;
    }

    /** @return when the job was submitted */
    public Instant submittedAt() {
        return submittedAt;
    }

    /** @return the current status */
    public synchronized JobStatus status() {
        return status;
    }

    /** @return when processing started, or null */
    public synchronized Instant startedAt() {
        return startedAt;
    }

    /** @return when the job ended, or null */
    public synchronized Instant completedAt() {
        return completedAt;
    }

    /** @return why the job failed, or null */
    public synchronized String errorMessage() {
        return errorMessage;
    }
}
