package dev.camelslng.component.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.SlngOutputType;
import dev.camelslng.component.protocol.BatchJobStatus;
import dev.camelslng.component.protocol.BatchOutputs;
import dev.camelslng.component.protocol.BatchTranscription;
import dev.camelslng.component.protocol.SlngJson;
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
    private final long pollInterval;
    private final long maxPollInterval;

    public BatchTranscriptionOperation(SlngHttpExecutor executor, GatewayAddress address, long pollInterval,
                                       long maxPollInterval) {
        this.executor = executor;
        this.address = address;
        this.pollInterval = pollInterval;
        this.maxPollInterval = Math.max(pollInterval, maxPollInterval);
    }

    @Override
    public CompletableFuture<Void> process(Exchange exchange, MessageOptions options) throws SlngException {
        Message message = exchange.getMessage();
        AudioUpload audio = AudioUpload.of(message, "batch-stt", options.encoding());
        String transcriptionConfig = transcriptionConfig(options);
        List<Header> headers = GatewayHeaders.of(options);
        // Our own job id makes the submit safe to retry: a retry of a submit that did reach SLNG gets 409, not a twin job.
        String jobId = newJobId();
        Supplier<HttpEntity> form = () -> AudioUpload.form()
                .addTextBody("job_id", jobId)
                .addPart(audio.part("file"))
                .addTextBody("transcription_config", transcriptionConfig)
                .addTextBody("model_code", options.model().value())
                .build();
        HttpCall submit = HttpCall.post("batch-stt submit to " + options.model(), address.batchJobs(), headers, form,
                audio.repeatable());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(options.batchTimeout());
        return executor.execute(submit)
                .handle((response, failure) -> submittedJobId(submit, jobId, response, failure))
                .thenCompose(submitted -> poll(submitted, headers, pollInterval, deadline, options.batchTimeout())
                        .thenCompose(job -> fetch(submitted, job, headers)))
                .thenAccept(result -> {
                    message.setBody(options.outputType() == SlngOutputType.RESPONSE ? result : result.transcript());
                    message.setHeader(SlngConstants.BATCH_JOB_ID, result.jobId());
                    message.setHeader(SlngConstants.BATCH_STATUS, BatchJobStatus.of(result.job()).name());
                });
    }

    /** The id of the submitted job: SLNG's answer, or ours when a retried submit found the job already there (409). */
    private static String submittedJobId(HttpCall submit, String ourId, HttpResult response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof SlngApiException api && api.getStatusCode() == 409) {
                return ourId;
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
        }
        String jobId = JsonResponse.read(submit, response, JsonNode.class).path("job_id").asText(ourId);
        if (!jobId.matches("[A-Za-z0-9_-]+")) {
            throw failure(submit + " returned an unusable job_id", response.requestId());
        }
        return jobId;
    }

    private CompletableFuture<JsonNode> poll(String jobId, List<Header> headers, long delay, long deadline, long timeout) {
        HttpCall call = HttpCall.get("batch-stt status of job " + jobId, address.batchJob(jobId), headers);
        return executor.execute(call, delay).thenCompose(response -> {
            JsonNode job = JsonResponse.read(call, response, JsonNode.class);
            BatchJobStatus status = BatchJobStatus.of(job);
            if (status == BatchJobStatus.DONE) {
                return CompletableFuture.completedFuture(job);
            }
            if (status.isFinal()) {
                throw failure("Batch job " + jobId + " ended " + status + ": " + BatchOutputs.errorMessage(job),
                        response.requestId());
            }
            long next = Math.min(maxPollInterval, delay + Math.max(1, delay / 2));
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(next) > deadline) {
                throw failure("Batch job " + jobId + " did not finish within batchTimeout=" + timeout + " ms (last status "
                              + status + "); it is left running on SLNG", response.requestId());
            }
            return poll(jobId, headers, next, deadline, timeout);
        });
    }

    private CompletableFuture<BatchTranscription> fetch(String jobId, JsonNode job, List<Header> headers) {
        HttpCall filesCall = HttpCall.get("batch-stt files of job " + jobId, address.batchJobFiles(jobId), headers);
        return executor.execute(filesCall).thenCompose(response -> {
            JsonNode files = JsonResponse.read(filesCall, response, JsonNode.class);
            Optional<String> text = BatchOutputs.downloadUrl(files, "txt");
            String url = text.or(() -> BatchOutputs.downloadUrl(files, "json")).orElseThrow(
                    () -> failure("Batch job " + jobId + " is DONE but lists no txt or json output", response.requestId()));
            // Download URLs are presigned: they carry their own signature and must not get our Bearer key.
            HttpCall download = HttpCall.get("batch-stt transcript of job " + jobId,
                    address.batchJobs().resolve(URI.create(url)), List.of());
            return executor.execute(download).thenApply(output -> new BatchTranscription(jobId, text.isPresent()
                    ? output.bodyText().strip()
                    : BatchOutputs.transcriptOf(JsonResponse.read(download, output, JsonNode.class)), job, files));
        });
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
}
