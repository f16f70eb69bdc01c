package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.batch.BatchJob;
import dev.camelslng.sandbox.batch.JobInput;
import dev.camelslng.sandbox.batch.JobStatus;
import dev.camelslng.sandbox.catalog.ModelCatalog;
import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.fault.Fault;
import io.vertx.core.MultiMap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The batch transcription API (protocol §5): submit by multipart upload, poll, list, and fetch result links.
 */
final class BatchHandler {

    static final String FILE_PART = "file";

    private static final String DEFAULT_MODEL = "slng/speechmatics/batch:15.0.0";
    private static final Pattern JOB_ID = Pattern.compile("[a-zA-Z0-9]+");
    /** SigV4 signatures are 32 bytes, 64 hex digits. */
    private static final int SIGNATURE_BYTES = 32;

    private final SandboxServices services;

    BatchHandler(SandboxServices services) {
        this.services = services;
    }

    void submit(SandboxExchange exchange) {
        RequestBody body = exchange.body();
        if (!body.multipart()) {
            exchange.validationError("Body must be multipart/form-data (url and presigned inputs are not supported by the sandbox)");
            return;
        }
        MultiMap form = body.form();
        if (body.audio() == null) {
            exchange.validationError("Missing required field: file");
            return;
        }
        String configText = form.get("transcription_config");
        if (configText == null) {
            exchange.validationError("Missing required field: transcription_config");
            return;
        }
        JsonNode config = Json.parseOrNull(configText);
        if (config == null || !config.isObject()) {
            exchange.validationError("transcription_config must be a JSON object");
            return;
        }
        JsonNode metadata = form.get("metadata") == null ? null : Json.parseOrNull(form.get("metadata"));
        if (form.get("metadata") != null && metadata == null) {
            exchange.validationError("metadata must be valid JSON");
            return;
        }
        String jobId = form.get("job_id") == null ? RandomIds.hex(10) : form.get("job_id");
        if (!JOB_ID.matcher(jobId).matches()) {
            exchange.validationError("Invalid job_id: " + jobId);
            return;
        }
        String model = form.get("model_code") == null || form.get("model_code").isBlank() ? DEFAULT_MODEL : form.get("model_code");
        if (!ModelCatalog.isWellFormed(model)) {
            exchange.validationError("Invalid model_code: " + model);
            return;
        }
        if (!services.models().accepts(ModelUse.BATCH, model)) {
            exchange.error(404, "Model not found");
            return;
        }
        UploadedAudio file = body.audio();
        if (file.undecodable() != null) {
            exchange.validationError(file.undecodable());
            return;
        }
        JobInput input = new JobInput(file.fileName(), file.contentType(), file.bytes(), file.transcript());
        BatchJob job = new BatchJob(jobId, model, config, metadata, input, services.batchPollsUntilDone(), RandomIds.hex(SIGNATURE_BYTES));
        if (!services.jobs().add(job)) {
            duplicate(exchange, jobId);
            return;
        }
        exchange.json(202, accepted(jobId, JobStatus.QUEUED));
    }

    void status(SandboxExchange exchange) {
        Optional<BatchJob> job = services.jobs().find(exchange.pathParam("id"));
        if (job.isEmpty()) {
            exchange.error(404, "Job not found");
            return;
        }
        exchange.fault().map(Fault::jobFailure).ifPresent(job.get()::failWhenFinished);
        job.get().poll();
        exchange.json(200, BatchViews.job(job.get()));
    }

    void files(SandboxExchange exchange) {
        Optional<BatchJob> job = services.jobs().find(exchange.pathParam("id"));
        if (job.isEmpty()) {
            exchange.error(404, "Job not found");
        } else if (job.get().status() == JobStatus.FAILED) {
            exchange.error(409, "Job failed", job.get().errorMessage());
        } else if (job.get().status() != JobStatus.DONE) {
            exchange.error(409, "Job is not finished");
        } else {
            exchange.json(200, BatchViews.files(job.get(), services.baseUrl().get()));
        }
    }

    void list(SandboxExchange exchange) {
        MultiMap params = exchange.request().params();
        Integer page = Paging.intParam(params.get("page"), 1, 1, Integer.MAX_VALUE);
        Integer pageSize = Paging.intParam(params.get("page_size"), Paging.DEFAULT_PAGE_SIZE, 1, Paging.MAX_PAGE_SIZE);
        if (page == null || pageSize == null) {
            exchange.validationError("page must be at least 1 and page_size between 1 and " + Paging.MAX_PAGE_SIZE);
            return;
        }
        Set<String> statuses = params.get("status") == null ? Set.of()
                : Arrays.stream(params.get("status").split(",")).map(String::trim).collect(Collectors.toSet());
        List<BatchJob> matching = services.jobs().all().stream()
                .filter(job -> statuses.isEmpty() || statuses.contains(job.status().name()))
                .toList();
        exchange.json(200, new Paging(page, pageSize).result(matching, BatchViews::job));
    }

    private void duplicate(SandboxExchange exchange, String jobId) {
        switch (services.duplicateJobId()) {
            case CONFLICT -> exchange.error(409, "Job already exists");
            case EXISTING_JOB -> exchange.json(202, accepted(jobId,
                    services.jobs().find(jobId).map(BatchJob::status).orElse(JobStatus.QUEUED)));
            case VALIDATION_ERROR -> exchange.validationError("job_id already exists: " + jobId);
        }
    }

    private static ObjectNode accepted(String jobId, JobStatus status) {
        return Json.object().put("job_id", jobId).put("status", status.name());
    }
}
