package dev.camelslng.component.operation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.BatchJobStatus;
import dev.camelslng.component.protocol.BatchOutputs;
import dev.camelslng.component.protocol.BatchTranscription;
import dev.camelslng.component.protocol.SafeText;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.HttpResult;
import dev.camelslng.component.transport.http.SlngHttpExecutor;
import org.apache.hc.core5.http.Header;

/**
 * A batch job SLNG accepted, followed to its transcript: polled with a growing interval until it is DONE or FAILED,
 * then its files listed and the transcript downloaded. Each poll is a scheduled call, so a job that runs for an hour
 * holds no thread.
 */
final class SubmittedBatchJob {

    /** The last poll comes this long before the time limit, rather than skipped when a full interval no longer fits. */
    private static final long LAST_POLL_LEAD_MILLIS = 1000;

    private final SlngHttpExecutor executor;
    private final GatewayAddress address;
    private final long maxResponseSize;
    private final String id;
    private final List<Header> headers;
    private final InFlightExchange inFlight;
    private BatchJobStatus lastStatus = BatchJobStatus.QUEUED;

    SubmittedBatchJob(SlngHttpExecutor executor, GatewayAddress address, long maxResponseSize, String id,
                      List<Header> headers, InFlightExchange inFlight) {
        this.executor = executor;
        this.address = address;
        this.maxResponseSize = maxResponseSize;
        this.id = id;
        this.headers = headers;
        this.inFlight = inFlight;
    }

    /** One look at the job, now: fails when SLNG does not know it. */
    CompletableFuture<HttpResult> lookUp() {
        return executor.execute(statusCall(), inFlight);
    }

    /** Polls after {@code firstDelay}, each wait half as long again up to {@code maxDelay}, then fetches the transcript. */
    CompletableFuture<BatchTranscription> transcript(long firstDelay, long maxDelay) {
        return poll(firstDelay, maxDelay).thenCompose(this::fetch);
    }

    private CompletableFuture<JsonNode> poll(long delay, long maxDelay) {
        long wait = Math.min(delay, inFlight.remainingMillis() - LAST_POLL_LEAD_MILLIS);
        if (wait < 0) {
            return CompletableFuture.failedFuture(new SlngException("Batch job " + id + " (last status " + lastStatus
                                                                    + ") would not finish within " + inFlight.timeLimit()));
        }
        HttpCall call = statusCall();
        return executor.execute(call, wait, inFlight).thenCompose(response -> {
            JsonNode status = JsonResponse.read(call, response, JsonNode.class);
            BatchJobStatus state = BatchJobStatus.of(status);
            if (state == BatchJobStatus.DONE) {
                return CompletableFuture.completedFuture(status);
            }
            if (state.isFinal()) {
                throw failure("Batch job " + id + " ended " + state + ": " + BatchOutputs.errorMessage(status),
                        response.requestId());
            }
            lastStatus = state;
            return poll(Math.min(maxDelay, delay + Math.max(1, delay / 2)), maxDelay);
        });
    }

    private CompletableFuture<BatchTranscription> fetch(JsonNode status) {
        HttpCall filesCall = HttpCall.get("batch-stt files of job " + id, address.batchJobFiles(id), headers, maxResponseSize);
        return executor.execute(filesCall, inFlight).thenCompose(response -> {
            JsonNode files = JsonResponse.read(filesCall, response, JsonNode.class);
            Optional<String> text = BatchOutputs.downloadUrl(files, "txt");
            String url = text.or(() -> BatchOutputs.downloadUrl(files, "json")).orElseThrow(
                    () -> failure("Batch job " + id + " is DONE but lists no txt or json output", response.requestId()));
            // Download URLs are presigned: they carry their own signature and must not get our Bearer key.
            HttpCall download = HttpCall.get("batch-stt transcript of job " + id, downloadUri(url), List.of(), maxResponseSize);
            return executor.execute(download, inFlight).thenApply(output -> new BatchTranscription(id,
                    text.isPresent() ? output.bodyText().strip()
                            : BatchOutputs.transcriptOf(JsonResponse.read(download, output, JsonNode.class)),
                    status, files));
        });
    }

    private HttpCall statusCall() {
        return HttpCall.get("batch-stt status of job " + id, address.batchJob(id), headers, maxResponseSize);
    }

    /** A presigned URL that does not parse is reported without its query, where its signature is. */
    private URI downloadUri(String url) {
        try {
            return address.batchJobs().resolve(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw failure("Batch job " + id + " lists a download URL that is not valid: " + SafeText.withoutQuery(url), null);
        }
    }

    static CompletionException failure(String message, String requestId) {
        return new CompletionException(new SlngException(message, requestId, null));
    }
}
