package dev.camelslng.component.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.SlngOutputType;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.BatchJobStatus;
import dev.camelslng.component.protocol.BatchOutputs;
import dev.camelslng.component.protocol.BatchTranscription;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.protocol.SafeText;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * {@code slng:batch-stt}: submit the audio as a batch job, poll its status with a growing interval until it is DONE or
 * FAILED, then fetch the transcript. Each poll is a scheduled call, so a job that runs for an hour holds no thread.
 */
public class BatchTranscriptionOperation implements SlngHttpOperation {

    private final SlngHttpExecutor executor;
    private final GatewayAddress address;
    private final long maxResponseSize;
    private final long pollInterval;
    private final long maxPollInterval;

    public BatchTranscriptionOperation(SlngHttpExecutor executor, GatewayAddress address, long maxResponseSize,
                                       long pollInterval, long maxPollInterval) {
        this.executor = executor;
        this.address = address;
        this.maxResponseSize = maxResponseSize;
        this.pollInterval = pollInterval;
        this.maxPollInterval = Math.max(pollInterval, maxPollInterval);
    }

    @Override
    public CompletableFuture<Consumer<Message>> process(Exchange exchange, MessageOptions options, InFlightExchange inFlight)
            throws SlngException {
        AudioUpload audio = AudioUpload.of(exchange.getMessage(), "batch-stt", options.encoding());
        String transcriptionConfig = transcriptionConfig(options);
        List<Header> headers = GatewayHeaders.of(options);
        // Our own job id makes the submit safe to retry: a retry of a submit that did reach SLNG cannot make a twin job.
        String jobId = newJobId();
        Supplier<HttpEntity> form = () -> AudioUpload.form()
                .addTextBody("job_id", jobId)
                .addPart(audio.part("file"))
                .addTextBody("transcription_config", transcriptionConfig)
                .addTextBody("model_code", options.model().value())
                .build();
        HttpCall submit = HttpCall.post("batch-stt submit to " + options.model(), address.batchJobs(), headers, form,
                audio.repeatable(), maxResponseSize);
        Job job = new Job(jobId, headers, inFlight);
        return executor.execute(submit, inFlight)
                .handle((response, failure) -> submitted(submit, job, response, failure))
                .thenCompose(accepted -> accepted)
                .thenCompose(accepted -> poll(job, pollInterval))
                .thenCompose(status -> fetch(job, status))
                .thenApply(result -> message -> {
                    message.setBody(options.outputType() == SlngOutputType.RESPONSE ? result : result.transcript());
                    message.removeHeader(Exchange.CONTENT_TYPE);
                    message.setHeader(SlngConstants.BATCH_JOB_ID, result.jobId());
                    message.setHeader(SlngConstants.BATCH_STATUS, BatchJobStatus.of(result.job()).name());
                });
    }

    /**
     * The submitted job: SLNG's answer, or, when a submit was refused with 409 (a retried submit whose first try may have
     * reached SLNG), whatever GET /v1/batch/jobs/{our id} says: a 409 alone does not prove the job is ours.
     */
    private CompletableFuture<String> submitted(HttpCall submit, Job job, HttpResult response, Throwable failure) {
        if (failure == null) {
            String jobId = JsonResponse.read(submit, response, JsonNode.class).path("job_id").asText(job.id);
            if (!jobId.matches("[A-Za-z0-9_-]+")) {
                throw failure(submit + " returned an unusable job_id", response.requestId());
            }
            job.id = jobId;
            return CompletableFuture.completedFuture(jobId);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof SlngApiException api && api.getStatusCode() == 409)) {
            throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
        }
        HttpCall check = statusCall(job);
        return executor.execute(check, job.inFlight).handle((found, notFound) -> {
            if (notFound != null) {
                throw new CompletionException(new SlngApiException(api.getMessage() + "; job " + job.id + " could not be"
                                                                   + " found afterwards, so this submit did not create it",
                        api.getStatusCode(), api.getErrorMessage(), api.getErrorDetails(), api.getRequestId()));
            }
            return job.id;
        });
    }

    private CompletableFuture<JsonNode> poll(Job job, long delay) {
        if (delay >= job.inFlight.remainingMillis()) {
            return CompletableFuture.failedFuture(new SlngException("Batch job " + job.id + " (last status " + job.status
                                                                    + ") would not finish within "
                                                                    + job.inFlight.timeLimit()));
        }
        HttpCall call = statusCall(job);
        return executor.execute(call, delay, job.inFlight).thenCompose(response -> {
            JsonNode status = JsonResponse.read(call, response, JsonNode.class);
            BatchJobStatus state = BatchJobStatus.of(status);
            if (state == BatchJobStatus.DONE) {
                return CompletableFuture.completedFuture(status);
            }
            if (state.isFinal()) {
                throw failure("Batch job " + job.id + " ended " + state + ": " + BatchOutputs.errorMessage(status),
                        response.requestId());
            }
            job.status = state;
            return poll(job, Math.min(maxPollInterval, delay + Math.max(1, delay / 2)));
        });
    }

    private CompletableFuture<BatchTranscription> fetch(Job job, JsonNode status) {
        HttpCall filesCall = HttpCall.get("batch-stt files of job " + job.id, address.batchJobFiles(job.id), job.headers,
                maxResponseSize);
        return executor.execute(filesCall, job.inFlight).thenCompose(response -> {
            JsonNode files = JsonResponse.read(filesCall, response, JsonNode.class);
            Optional<String> text = BatchOutputs.downloadUrl(files, "txt");
            String url = text.or(() -> BatchOutputs.downloadUrl(files, "json")).orElseThrow(
                    () -> failure("Batch job " + job.id + " is DONE but lists no txt or json output", response.requestId()));
            // Download URLs are presigned: they carry their own signature and must not get our Bearer key.
            HttpCall download = HttpCall.get("batch-stt transcript of job " + job.id, downloadUri(job, url), List.of(),
                    maxResponseSize);
            return executor.execute(download, job.inFlight).thenApply(output -> new BatchTranscription(job.id,
                    text.isPresent() ? output.bodyText().strip()
                            : BatchOutputs.transcriptOf(JsonResponse.read(download, output, JsonNode.class)),
                    status, files));
        });
    }

    private HttpCall statusCall(Job job) {
        return HttpCall.get("batch-stt status of job " + job.id, address.batchJob(job.id), job.headers, maxResponseSize);
    }

    /** A presigned URL that does not parse is reported without its query, where its signature is. */
    private URI downloadUri(Job job, String url) {
        try {
            return address.batchJobs().resolve(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw failure("Batch job " + job.id + " lists a download URL that is not valid: "
                          + SafeText.withoutQuery(url), null);
        }
    }

    private static String transcriptionConfig(MessageOptions options) throws SlngException {
        if (options.transcriptionConfig() == null) {
            return SlngJson.MAPPER.createObjectNode()
                    .put("language", options.language() == null ? "en" : options.language()).toString();
        }
        try {
            JsonNode config = SlngJson.MAPPER.readTree(options.transcriptionConfig().getBytes(StandardCharsets.UTF_8));
            if (config != null && config.isObject()) {
                return config.toString();
            }
        } catch (IOException e) {
            // reported below with the option name
        }
        throw new SlngException("transcriptionConfig must be a JSON object such as {\"language\":\"en\"}");
    }

    private static String newJobId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static CompletionException failure(String message, String requestId) {
        return new CompletionException(new SlngException(message, requestId, null));
    }

    /** One batch job as it goes through submit, polls and fetch. */
    private static final class Job {
        private String id;
        private final List<Header> headers;
        private final InFlightExchange inFlight;
        private BatchJobStatus status = BatchJobStatus.QUEUED;

        Job(String id, List<Header> headers, InFlightExchange inFlight) {
            this.id = id;
            this.headers = headers;
            this.inFlight = inFlight;
        }
    }
}
