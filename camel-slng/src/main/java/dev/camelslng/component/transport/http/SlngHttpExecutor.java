package dev.camelslng.component.transport.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import dev.camelslng.component.SlngException;
import dev.camelslng.component.inflight.CallStatistics;
import dev.camelslng.component.inflight.InFlightExchange;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s with Apache HttpClient and retries them by the {@link RetryPolicy}. The first attempt runs on
 * the calling thread, as camel-http does, so a fast call costs no thread hand-off. A wait before a retry or a poll is a
 * timer on the scheduler, which holds no thread; when it fires, the attempt runs on the worker pool. Nothing is sent
 * or scheduled for an exchange that is no longer in flight, and no wait outlasts the exchange's time budget.
 */
public class SlngHttpExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(SlngHttpExecutor.class);

    private final CloseableHttpClient client;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final Supplier<Executor> workers;
    private final RetryPolicy retryPolicy;
    private final long responseTimeout;
    private final HttpRequests requests;
    private final CallStatistics statistics;

    /**
     * @param scheduler the component's timer, and {@code workers} its worker pool: looked up at each use, so that a
     *                  component restarted under a running endpoint is used with its new pools
     */
    public SlngHttpExecutor(CloseableHttpClient client, Supplier<ScheduledExecutorService> scheduler,
                            Supplier<Executor> workers, RetryPolicy retryPolicy, long responseTimeout,
                            CallStatistics statistics) {
        this.client = client;
        this.scheduler = scheduler;
        this.workers = workers;
        this.retryPolicy = retryPolicy;
        this.responseTimeout = responseTimeout;
        this.statistics = statistics;
        this.requests = new HttpRequests(client, responseTimeout);
    }

    /** Sends the call now, on this thread; the future fails with an {@link SlngException} once retries are spent. */
    public CompletableFuture<HttpResult> execute(HttpCall call, InFlightExchange exchange) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        attempt(call, 1, exchange, result);
        return result;
    }

    /** Sends the call after {@code delayMillis}, without holding a thread meanwhile. */
    public CompletableFuture<HttpResult> execute(HttpCall call, long delayMillis, InFlightExchange exchange) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        schedule(call, 1, delayMillis, exchange, result);
        return result;
    }

    private void attempt(HttpCall call, int attempt, InFlightExchange exchange, CompletableFuture<HttpResult> result) {
        if (!exchange.isActive()) {
            exchange.interrupt(HttpFailures.notRunning(call));
            return;
        }
        long timeout = Math.min(responseTimeout, exchange.remainingMillis());
        if (timeout <= 0) {
            result.completeExceptionally(HttpFailures.outOfTime(call, exchange));
            return;
        }
        try {
            HttpResult response = send(call, exchange, timeout);
            if (response.isSuccess()) {
                result.complete(response);
            } else if (RetryPolicy.isRetryable(response.status()) && mayRetry(call, attempt)) {
                retry(call, attempt, exchange, result, response);
            } else {
                result.completeExceptionally(HttpFailures.apiError(call, response, attempt, retryPolicy));
            }
        } catch (SSLException | ResponseReader.ResponseTooLargeException e) {
            result.completeExceptionally(HttpFailures.notRetried(call, e));
        } catch (IOException e) {
            boolean unsent = RetryPolicy.failedBeforeSending(e);
            if (!unsent && e instanceof SocketTimeoutException) {
                result.completeExceptionally(HttpFailures.timedOut(call, timeout, timeout < responseTimeout ? exchange : null, e));
            } else if (mayRetry(call, attempt) && (unsent || call.resendable())) {
                long delay = retryPolicy.backoff(attempt);
                LOG.debug("{} failed on attempt {}/{} ({}), retrying in {} ms", call, attempt, retryPolicy.maxAttempts(),
                        e.getClass().getSimpleName(), delay);
                statistics.retried();
                schedule(call, attempt + 1, delay, exchange, result);
            } else {
                result.completeExceptionally(HttpFailures.transport(call, attempt, e, unsent, retryPolicy));
            }
        } catch (Throwable e) {
            result.completeExceptionally(new SlngException(call + " failed: " + e, null, e));
        }
    }

    private void retry(HttpCall call, int attempt, InFlightExchange exchange, CompletableFuture<HttpResult> result,
                       HttpResult response) {
        long asked = RetryPolicy.parseRetryAfter(response.retryAfter());
        if (asked > retryPolicy.maxDelay()) {
            result.completeExceptionally(HttpFailures.retryAfterTooLong(call, response, asked, retryPolicy));
            return;
        }
        long delay = asked >= 0 ? asked : retryPolicy.backoff(attempt);
        LOG.debug("{} answered HTTP {} on attempt {}/{} (x-slng-request-id {}), retrying in {} ms", call, response.status(),
                attempt, retryPolicy.maxAttempts(), response.requestId(), delay);
        statistics.retried();
        schedule(call, attempt + 1, delay, exchange, result);
    }

    /**
     * Sends the call once, on this thread, outside any exchange: no retry, no statistics. For probes such as the health
     * check, which need this endpoint's client (TLS, proxy, connect timeout) but a shorter response timeout.
     */
    public HttpResult sendOnce(HttpCall call, long timeoutMillis) throws IOException {
        return client.execute(requests.of(call, timeoutMillis), response -> ResponseReader.read(call, response));
    }

    private HttpResult send(HttpCall call, InFlightExchange exchange, long timeout) throws IOException {
        HttpUriRequestBase request = requests.of(call, timeout);
        Runnable abort = request::cancel;
        exchange.onInterrupt(abort);
        try {
            return client.execute(request, response -> ResponseReader.read(call, response));
        } finally {
            exchange.workDone(abort);
        }
    }

    private void schedule(HttpCall call, int attempt, long delayMillis, InFlightExchange exchange,
                          CompletableFuture<HttpResult> result) {
        if (!exchange.isActive()) {
            exchange.interrupt(HttpFailures.notRunning(call));
            return;
        }
        if (delayMillis >= exchange.remainingMillis()) {
            result.completeExceptionally(HttpFailures.outOfTime(call, exchange));
            return;
        }
        try {
            ScheduledFuture<?> timer = scheduler.get().schedule(() -> dispatch(call, attempt, exchange, result), delayMillis,
                    TimeUnit.MILLISECONDS);
            exchange.onInterrupt(() -> timer.cancel(false));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(HttpFailures.rejected(call, exchange, e));
        }
    }

    /** Runs on the timer's one thread: hands the attempt over, and never lets the route continue here. */
    private void dispatch(HttpCall call, int attempt, InFlightExchange exchange, CompletableFuture<HttpResult> result) {
        try {
            workers.get().execute(() -> attempt(call, attempt, exchange, result));
        } catch (RejectedExecutionException e) {
            SlngException failure = HttpFailures.rejected(call, exchange, e);
            ForkJoinPool.commonPool().execute(() -> result.completeExceptionally(failure));
        }
    }

    private boolean mayRetry(HttpCall call, int attempt) {
        return attempt < retryPolicy.maxAttempts() && call.repeatable();
    }
}
