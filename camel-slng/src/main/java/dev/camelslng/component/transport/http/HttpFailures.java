package dev.camelslng.component.transport.http;

import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.ErrorBody;
import dev.camelslng.component.protocol.SafeText;

/** The exceptions a failed call ends with. Each names the call and what to do; none quotes a header or a query string. */
final class HttpFailures {

    private HttpFailures() {
    }

    static SlngApiException apiError(HttpCall call, HttpResult response, int attempt, RetryPolicy retryPolicy) {
        ErrorBody error = ErrorBody.parse(response.body());
        StringBuilder message = new StringBuilder(call.toString()).append(" failed with HTTP ").append(response.status());
        if (response.status() < 400) {
            message.append(": a redirect").append(response.location() == null ? ""
                    : " to " + SafeText.withoutQuery(response.location()))
                    .append(", which is not followed; check baseUrl");
        } else if (error.summary() != null) {
            message.append(": ").append(error.summary());
        }
        if (attempt > 1) {
            message.append(" after ").append(attempt).append(" attempts");
        }
        if (RetryPolicy.isRetryable(response.status())) {
            message.append(notRetriedReason(call, attempt, retryPolicy));
        }
        return apiException(message, response, error);
    }

    static SlngApiException retryAfterTooLong(HttpCall call, HttpResult response, long askedMillis, RetryPolicy retryPolicy) {
        ErrorBody error = ErrorBody.parse(response.body());
        StringBuilder message = new StringBuilder(call.toString()).append(" failed with HTTP ").append(response.status())
                .append(error.summary() == null ? "" : ": " + error.summary())
                .append("; SLNG asked to retry after ").append(askedMillis / 1000.0).append(" s (Retry-After), longer than")
                .append(" retryMaxDelay=").append(retryPolicy.maxDelay()).append(" ms, so it is not retried");
        return apiException(message, response, error);
    }

    /** @param limitedBy the exchange when its time limit, not responseTimeout, cut the wait short; else null */
    static SlngException timedOut(HttpCall call, long timeoutMillis, InFlightExchange limitedBy, Exception cause) {
        String limit = limitedBy != null ? "the " + timeoutMillis + " ms left of " + limitedBy.timeLimit()
                : "responseTimeout=" + timeoutMillis + " ms";
        return new SlngException(call + " got no response within " + limit + "; not retried, as SLNG may already be"
                                 + " processing it", null, cause);
    }

    static SlngException outOfTime(HttpCall call, InFlightExchange exchange) {
        return new SlngException(call + " not attempted: the exchange would not finish within " + exchange.timeLimit());
    }

    static SlngException notRetried(HttpCall call, Exception cause) {
        String message = cause instanceof ResponseReader.ResponseTooLargeException ? cause.getMessage()
                : call + " failed TLS set-up (" + cause.getMessage() + "); not retried: check sslContextParameters";
        return new SlngException(message, null, cause);
    }

    /** @param unsent whether the failure came before the request was sent */
    static SlngException transport(HttpCall call, int attempt, Exception cause, boolean unsent, RetryPolicy retryPolicy) {
        String reason = notRetriedReason(call, attempt, retryPolicy);
        if (reason.isEmpty() && !unsent && !call.resendable() && attempt < retryPolicy.maxAttempts()) {
            reason = " (not retried: the connection failed after the request was sent, so SLNG may have received it and"
                     + " a retry could run it twice; set requestSentRetryEnabled=true to retry anyway)";
        }
        return new SlngException(call + " failed after " + attempt + " attempt(s): " + cause + reason, null, cause);
    }

    static SlngException rejected(HttpCall call, InFlightExchange exchange, Exception cause) {
        String why = exchange.isActive() ? "the slng executor service rejected the task (saturated or shut down)"
                : "the slng component is stopping";
        return new SlngException(call + " could not be sent after its wait: " + why, null, cause);
    }

    static SlngException notRunning(HttpCall call) {
        return new SlngException(call + " was interrupted: its slng producer is not running");
    }

    private static String notRetriedReason(HttpCall call, int attempt, RetryPolicy retryPolicy) {
        return attempt < retryPolicy.maxAttempts() && !call.repeatable()
                ? " (not retried: the body was a one-shot stream; send a File or enable stream caching to get retries)"
                : "";
    }

    private static SlngApiException apiException(StringBuilder message, HttpResult response, ErrorBody error) {
        if (response.requestId() != null) {
            message.append(" [x-slng-request-id ").append(response.requestId()).append(']');
        }
        return new SlngApiException(message.toString(), response.status(), error.message(), error.details(),
                response.requestId());
    }
}
