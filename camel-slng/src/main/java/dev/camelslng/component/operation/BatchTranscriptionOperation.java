package dev.camelslng.component.operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.GatewayHeaders;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.BatchJobStatus;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.HttpResult;
import dev.camelslng.component.transport.http.SlngHttpExecutor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * {@code slng:batch-stt}: submit the audio as a batch job with our own job id, then follow it to its transcript
 * ({@link SubmittedBatchJob}).
 */
public class BatchTranscriptionOperation implements OperationHandler {

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
        // Our own job id makes the submit safe to retry even when it may have reached SLNG: a retry cannot make a twin job.
        String jobId = newJobId();
        Supplier<HttpEntity> form = () -> AudioUpload.form()
                .addTextBody("job_id", jobId)
                .addPart(audio.part("file"))
                .addTextBody("transcription_config", transcriptionConfig)
                .addTextBody("model_code", options.model().value())
                .build();
        HttpCall submit = HttpCall.post("batch-stt submit to " + options.model(), address.batchJobs(), headers, form,
                audio.repeatable(), true, maxResponseSize);
        return executor.execute(submit, inFlight)
                .handle((response, failure) -> accepted(submit, jobId, headers, inFlight, response, failure))
                .thenCompose(job -> job)
                .thenCompose(job -> job.transcript(pollInterval, maxPollInterval))
                .thenApply(result -> message -> {
                    message.setBody(options.outputType() == SlngOutputType.RESPONSE ? result : result.transcript());
                    message.removeHeader(Exchange.CONTENT_TYPE);
                    message.setHeader(SlngConstants.BATCH_JOB_ID, result.jobId());
                    message.setHeader(SlngConstants.BATCH_STATUS, BatchJobStatus.of(result.job()).name());
                });
    }

    /**
     * The job SLNG accepted: the one its answer names, or, when a submit was refused with 409 (a retried submit whose
     * first try may have reached SLNG), ours if GET /v1/batch/jobs/{our id} finds it: a 409 alone does not prove it.
     */
    private CompletableFuture<SubmittedBatchJob> accepted(HttpCall submit, String ourId, List<Header> headers,
                                                          InFlightExchange inFlight, HttpResult response, Throwable failure) {
        if (failure == null) {
            String jobId = JsonResponse.read(submit, response, JsonNode.class).path("job_id").asText(ourId);
            if (!jobId.matches("[A-Za-z0-9_-]+")) {
                throw SubmittedBatchJob.failure(submit + " returned an unusable job_id", response.requestId());
            }
            return CompletableFuture.completedFuture(job(jobId, headers, inFlight));
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof SlngApiException api && api.getStatusCode() == 409)) {
            throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
        }
        SubmittedBatchJob ours = job(ourId, headers, inFlight);
        return ours.lookUp().handle((found, notFound) -> {
            if (notFound != null) {
                throw new CompletionException(new SlngApiException(api.getMessage() + "; job " + ourId + " could not be"
                                                                   + " found afterwards, so this submit did not create it",
                        api.getStatusCode(), api.getErrorMessage(), api.getErrorDetails(), api.getRequestId()));
            }
            return ours;
        });
    }

    private SubmittedBatchJob job(String id, List<Header> headers, InFlightExchange inFlight) {
        return new SubmittedBatchJob(executor, address, maxResponseSize, id, headers, inFlight);
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
}
