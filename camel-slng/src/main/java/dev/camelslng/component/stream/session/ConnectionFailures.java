package dev.camelslng.component.stream.session;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.ErrorBody;
import dev.camelslng.component.protocol.stream.BridgeError;
import dev.camelslng.component.protocol.stream.ServerMessage;
import dev.camelslng.component.transport.http.RetryPolicy;
import io.vertx.core.http.UpgradeRejectedException;

/**
 * Decides what a failed connection attempt, an {@code error} frame or a closed connection means for a session: retry
 * with backoff, reconnect at once, wait for the next message, or stop for good because retrying cannot help (a bad key,
 * a bad init, close 1008, a 4xx on the upgrade other than 408/409/425/429).
 */
final class ConnectionFailures {

    /** What the session's recovery does. */
    @FunctionalInterface
    interface Reaction {
        void apply(SessionRecovery recovery);
    }

    private static final int POLICY_VIOLATION = 1008;
    private static final int NORMAL = 1000;

    private final Supplier<String> session;
    private final ReconnectBackoff backoff;

    ConnectionFailures(Supplier<String> session, ReconnectBackoff backoff) {
        this.session = session;
        this.backoff = backoff;
    }

    /** The opening handshake failed. */
    Reaction classify(Throwable cause) {
        if (cause instanceof UpgradeRejectedException rejected) {
            return rejected(rejected);
        }
        if (hasCause(cause, SSLException.class)) {
            return s -> s.fail(new SlngException(session.get() + " could not connect: TLS failed: " + cause.getMessage(), null,
                    cause));
        }
        return s -> s.reconnectLater(new SlngException("could not connect: " + cause, null, cause), 0);
    }

    private Reaction rejected(UpgradeRejectedException rejected) {
        int status = rejected.getStatus();
        byte[] body = rejected.getBody() != null ? rejected.getBody().getBytes() : new byte[0];
        ErrorBody error = ErrorBody.parse(body);
        String summary = error.summary() != null ? error.summary() : new String(body, StandardCharsets.UTF_8);
        String requestId = rejected.getHeaders() != null ? rejected.getHeaders().get("x-slng-request-id") : null;
        SlngApiException failure = new SlngApiException(session.get() + " was refused by SLNG: HTTP " + status + " on the"
                                                        + " WebSocket upgrade" + (summary.isBlank() ? "" : ": " + summary),
                status, error.message(), error.details(), requestId);
        if (BridgeError.isPermanentStatus(status)) {
            return s -> s.fail(failure);
        }
        long retryAfter = status == 429 && rejected.getHeaders() != null
                ? RetryPolicy.parseRetryAfter(rejected.getHeaders().get("Retry-After")) : -1;
        if (retryAfter > backoff.maxDelay()) {
            return s -> s.fail(new SlngApiException(failure.getMessage() + "; it asked to wait " + retryAfter
                                                    + " ms, more than reconnectMaxDelay=" + backoff.maxDelay() + " ms",
                    status, error.message(), error.details(), requestId));
        }
        return s -> s.reconnectLater(failure, Math.max(0, retryAfter));
    }

    /**
     * An {@code error} frame: reported to the route; a permanent one also ends the session, a transient one (a provider
     * error) makes what waits for an answer go out again on a new connection, as after a drop.
     */
    Reaction bridgeError(ServerMessage frame) {
        BridgeError error = BridgeError.of(frame);
        StreamEvent event = StreamEvent.error(error.toString(), error.code(), error.message(), error.status());
        SlngApiException failure = new SlngApiException(session.get() + " got an error from SLNG: " + error, error.status(),
                error.code(), error.message(), null);
        if (error.isPermanent()) {
            return s -> {
                s.reportError(event, failure);
                s.fail(failure);
            };
        }
        return s -> {
            s.reportError(event, failure);
            s.retryUnanswered(failure);
        };
    }

    /**
     * The connection closed without being asked to. A normal close after the connection finished an answer is a provider
     * ending its utterance (Rime, Cartesia): reconnect at once if work is left, else on the next message. A normal close
     * that leaves work and finished nothing counts as a failure, so that a server closing every connection early meets
     * the backoff instead of a loop.
     */
    Reaction closed(Short code, String reason, boolean wasReady, boolean finishedAny, boolean workLeft) {
        String why = code == null ? "the connection dropped without a close frame"
                : "SLNG closed the connection with " + code + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
        if (code != null && code == POLICY_VIOLATION) {
            return s -> s.fail(new SlngException(session.get() + ": " + why + ": a policy violation, which retrying cannot fix"));
        }
        if (code != null && code == NORMAL && wasReady && (finishedAny || !workLeft)) {
            return workLeft ? SessionRecovery::reconnectNow : SessionRecovery::idle;
        }
        return s -> s.reconnectLater(new SlngException(why), 0);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
