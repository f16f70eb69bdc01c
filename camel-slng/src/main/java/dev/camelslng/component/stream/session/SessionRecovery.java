package dev.camelslng.component.stream.session;

import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.stream.ServerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a session does when a connection goes wrong, as {@link ConnectionFailures} decides: reconnect after a backoff,
 * reconnect at once, wait idle for the next message, or fail for good. Reconnects are single-flight: one timer at most,
 * and the attempt it starts is a new connection generation. Used under the session's lock; the timer takes it.
 */
final class SessionRecovery {

    // the logger users (and the examples) set for sessions
    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    static final long ERROR_CLOSE_GRACE_MILLIS = 100;

    private final StreamSession session;
    private final SessionStateMachine machine;
    private final SessionContext context;
    private final ConnectionFailures failures;
    private int attempts;
    private int fruitless;
    private long reconnects;
    private long reconnectTimer = -1;
    private Throwable lastError;

    SessionRecovery(StreamSession session, SessionStateMachine machine, SessionContext context) {
        this.session = session;
        this.machine = machine;
        this.context = context;
        this.failures = new ConnectionFailures(session::toString, context.backoff());
    }

    void couldNotConnect(Throwable cause) {
        failures.classify(cause).apply(this);
        context.reachability().couldNotConnect(lastError);
    }

    void errorFrame(ServerMessage frame) {
        failures.bridgeError(frame).apply(this);
    }

    /**
     * The server ended the connection. One that got ready but finished no answer it owed counts as fruitless: consecutive
     * fruitless connections stretch the backoff as failed attempts do, so a server that keeps ending connections early
     * (normally or not) is not asked again in a loop; they do not count towards {@code reconnectMaxAttempts}, which
     * bounds failures to connect.
     */
    void closed(Short code, String reason, boolean wasReady, boolean finishedSinceReady, boolean workLeft) {
        if (wasReady && !finishedSinceReady && workLeft) {
            fruitless++;
        }
        failures.closed(code, reason, wasReady, finishedSinceReady, workLeft).apply(this);
    }

    /** The current connection is dead though not closed (no ready, no pong): drop it and retry. */
    void connectionLost(Throwable cause) {
        machine.dropConnection();
        reconnectLater(cause, 0);
    }

    /** A connection attempt or connection failed in a way retrying may fix: wait, then connect again. */
    void reconnectLater(Throwable cause, long serverDelay) {
        lastError = cause;
        attempts++;
        if (!context.backoff().allows(attempts)) {
            fail(new SlngException(session + " gave up after " + (attempts - 1) + " reconnect attempts (reconnectMaxAttempts="
                                   + context.backoff().maxAttempts() + "): " + cause.getMessage(), null, cause));
            return;
        }
        machine.reconnecting(cause.getMessage());
        reconnects++;
        long delay = Math.max(serverDelay, context.backoff().delayBefore(Math.max(attempts, fruitless)));
        LOG.info("{}: {}; reconnecting in {} ms (attempt {})", session, cause.getMessage(), delay, attempts);
        reconnectTimer = context.vertx().setTimer(Math.max(1, delay), id -> reconnectDue());
    }

    private void reconnectDue() {
        synchronized (session) {
            if (machine.state() == SessionState.RECONNECTING) {
                machine.connect();
            }
        }
    }

    /** The server ended a connection normally while work was left: connect again at once, as after a per-utterance close. */
    void reconnectNow() {
        reconnects++;
        machine.connect();
    }

    /** The server ended a connection normally and nothing is left: connect again on the next message. */
    void idle() {
        machine.idle();
    }

    /** A failure retrying cannot fix: the session ends and everything waiting fails with {@code cause}. */
    void fail(Throwable cause) {
        LOG.warn("{} failed: {}", session, cause.getMessage());
        lastError = cause;
        machine.end(SessionState.FAILED, cause);
    }

    /**
     * After a transient server error: the provider will not answer what it was sending, so what waits for an answer goes
     * out again on a new connection; with nothing waiting, the connection stays. A server that closes after its error
     * frame is given {@link #ERROR_CLOSE_GRACE_MILLIS} to do so, and its close code decides instead.
     */
    void retryUnanswered(Throwable cause) {
        Object connection = machine.currentConnection();
        context.vertx().setTimer(ERROR_CLOSE_GRACE_MILLIS, id -> {
            synchronized (session) {
                if (machine.currentConnection() == connection && machine.state() == SessionState.READY
                    && session.protocol().awaitsAnswer()) {
                    connectionLost(cause);
                }
            }
        });
    }

    /** Reports a server error to the consumer, if any, without ending the session. */
    void reportError(StreamEvent event, Throwable error) {
        lastError = error;
        session.emit(event);
    }

    /** A connection got ready: the next failure to connect starts the count of attempts over. */
    void recovered() {
        attempts = 0;
    }

    /** A connection finished an answer: the next reconnect waits as after a first failure. */
    void finishedAnswer() {
        fruitless = 0;
    }

    /** The session ended: no attempt is made any more. */
    void stop() {
        if (reconnectTimer >= 0) {
            context.vertx().cancelTimer(reconnectTimer);
        }
    }

    /** Whether the session is on its way back: reconnecting, or connecting again after failed attempts. */
    boolean recovering() {
        SessionState state = machine.state();
        return state == SessionState.RECONNECTING || state == SessionState.CONNECTING && attempts > 0;
    }

    long reconnects() {
        return reconnects;
    }

    Throwable lastError() {
        return lastError;
    }
}
