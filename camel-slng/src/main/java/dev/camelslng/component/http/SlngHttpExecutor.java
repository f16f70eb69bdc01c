package dev.camelslng.component.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.ErrorBody;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s with Apache HttpClient and retries them by the {@link RetryPolicy}. The blocking send runs on
 * the component's worker pool and the waits between attempts are scheduled on it, so no thread sleeps and the route
 * thread is free while a call is in flight.
 */
public class SlngHttpExecutor {

    private static final String REQUEST_ID_HEADER = "x-slng-request-id";
    private static final Logger LOG = LoggerFactory.getLogger(SlngHttpExecutor.class);

    private final CloseableHttpClient client;
    private final ScheduledExecutorService workers;
    private final RetryPolicy retryPolicy;
    private final long responseTimeout;
    private final RequestConfig requestConfig;

    public SlngHttpExecutor(CloseableHttpClient client, ScheduledExecutorService workers, RetryPolicy retryPolicy,
                            long responseTimeout) {
        this.client = client;
        this.workers = workers;
        this.retryPolicy = retryPolicy;
        this.responseTimeout = responseTimeout;
        // Set on each request rather than on the client, so a user-supplied client honours it too.
        this.requestConfig = RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(responseTimeout)).build();
    }

    /** Sends the call now; the future fails with an {@link SlngException} once retries are spent. */
    public CompletableFuture<HttpResult> execute(HttpCall call) {
        return execute(call, 0);
    }

    /** Sends the call after {@code delayMillis}, without holding a thread meanwhile. */
    public CompletableFuture<HttpResult> execute(HttpCall call, long delayMillis) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        schedule(() -> attempt(call, 1, result), delayMillis, call, result);
        return result;
    }

    private void attempt(HttpCall call, int attempt, CompletableFuture<HttpResult> result) {
        HttpResult response;
        try {
            response = send(call);
        } catch (SocketTimeoutException e) {
            result.completeExceptionally(new SlngException(
                    call + " got no response within responseTimeout=" + responseTimeout + " ms; not retried, as SLNG may"
                                                           + " already be processing it",
                    null, e));
            return;
        } catch (SSLException e) {
            result.completeExceptionally(new SlngException(
                    call + " failed TLS set-up (" + e.getMessage() + "); not retried: check sslContextParameters", null, e));
            return;
        } catch (IOException | RuntimeException e) {
            if (mayRetry(call, attempt)) {
                long delay = retryPolicy.delayAfter(attempt, null);
                LOG.debug("{} failed on attempt {}/{} ({}), retrying in {} ms", call, attempt, retryPolicy.maxAttempts(), e,
                        delay);
                schedule(() -> attempt(call, attempt + 1, result), delay, call, result);
            } else {
                result.completeExceptionally(new SlngException(
                        call + " failed after " + attempt + " attempt(s): " + e + notRetriedReason(call, attempt), null, e));
            }
            return;
        }
        if (response.status() < 400) {
            result.complete(response);
        } else if (RetryPolicy.isRetryable(response.status()) && mayRetry(call, attempt)) {
            long delay = retryPolicy.delayAfter(attempt, response.retryAfter());
            LOG.debug("{} answered HTTP {} on attempt {}/{} (x-slng-request-id {}), retrying in {} ms", call,
                    response.status(), attempt, retryPolicy.maxAttempts(), response.requestId(), delay);
            schedule(() -> attempt(call, attempt + 1, result), delay, call, result);
        } else {
            result.completeExceptionally(toApiException(call, response, attempt));
        }
    }

    private HttpResult send(HttpCall call) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
        request.setConfig(requestConfig);
        for (Header header : call.headers()) {
            request.addHeader(header);
        }
        if (call.entity() != null) {
            request.setEntity(call.entity().get());
        }
        return client.execute(request, SlngHttpExecutor::read);
    }

    private static HttpResult read(ClassicHttpResponse response) throws IOException {
        byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
        return new HttpResult(response.getCode(), value(response, HttpHeaders.CONTENT_TYPE),
                value(response, REQUEST_ID_HEADER), value(response, HttpHeaders.RETRY_AFTER), body);
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private boolean mayRetry(HttpCall call, int attempt) {
        return attempt < retryPolicy.maxAttempts() && call.repeatable();
    }

    private String notRetriedReason(HttpCall call, int attempt) {
        return attempt < retryPolicy.maxAttempts() && !call.repeatable()
                ? " (not retried: the body was a one-shot stream; send a File or enable stream caching to get retries)"
                : "";
    }

    private SlngApiException toApiException(HttpCall call, HttpResult response, int attempt) {
        ErrorBody error = ErrorBody.parse(response.body());
        StringBuilder message = new StringBuilder(call.toString()).append(" failed with HTTP ").append(response.status());
        if (error.summary() != null) {
            message.append(": ").append(error.summary());
        }
        if (attempt > 1) {
            message.append(" after ").append(attempt).append(" attempts");
        }
        if (RetryPolicy.isRetryable(response.status())) {
            message.append(notRetriedReason(call, attempt));
        }
        if (response.requestId() != null) {
            message.append(" [x-slng-request-id ").append(response.requestId()).append(']');
        }
        return new SlngApiException(message.toString(), response.status(), error.message(), error.details(),
                response.requestId());
    }

    private void schedule(Runnable task, long delayMillis, HttpCall call, CompletableFuture<HttpResult> result) {
        try {
            workers.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new SlngException(call + " abandoned: the slng component is stopping", null, e));
        }
    }
}
