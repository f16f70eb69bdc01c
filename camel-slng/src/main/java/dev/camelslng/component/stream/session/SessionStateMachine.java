package dev.camelslng.component.stream.session;

import java.net.URI;
import java.util.List;

import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.stream.ClientMessages;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's {@link SessionState} and the transitions that do not come from a failure: connect (each attempt a new
 * {@link SessionConnection}, a new generation: the only one whose callbacks count), ready, close, idle, end. What a
 * failure leads to is {@link SessionRecovery}'s. Used under the session's lock; the close timer takes it.
 */
final class SessionStateMachine {

    // the logger users (and the examples) set for sessions
    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);
    private static final int NORMAL_CLOSURE = 1000;

    private final StreamSession session;
    private final SessionContext context;
    private final SessionProtocol protocol;
    private final SendQueue queue;
    private final URI uri;
    private final List<Header> headers;
    private final SessionRecovery recovery;
    private SessionState state = SessionState.IDLE;
    private boolean opened;
    private boolean resumeAnnounced;
    private boolean closeRequested;
    private long closeTimer = -1;
    private SessionConnection connection;
    private String slngSessionId;

    SessionStateMachine(StreamSession session, SessionContext context, SendQueue queue, URI uri, List<Header> headers) {
        this.session = session;
        this.context = context;
        this.protocol = session.protocol();
        this.queue = queue;
        this.uri = uri;
        this.headers = headers;
        this.recovery = new SessionRecovery(session, this, context);
    }

    /** Opens the next generation's connection; from now on the callbacks of earlier ones are ignored. */
    void connect() {
        state = SessionState.CONNECTING;
        connection = new SessionConnection(session, this, context);
        context.connector().connect(uri, headers).onComplete(connection::connected);
    }

    SessionConnection currentConnection() {
        return connection;
    }

    boolean isCurrent(SessionConnection candidate) {
        return candidate == connection;
    }

    /** The current connection got {@code ready}: what was unfinished goes out again, then what is queued. */
    void ready(SessionLink link, String serverSessionId) {
        state = SessionState.READY;
        context.reachability().ready();
        recovery.recovered();
        slngSessionId = serverSessionId;
        long resentBefore = protocol.resentBytes();
        protocol.resume(link);
        if (!opened || resumeAnnounced) {
            session.emit(StreamEvent.lifecycle(opened ? StreamEvent.RESUMED : StreamEvent.OPENED, null,
                    opened ? protocol.resentBytes() - resentBefore : null));
        }
        opened = true;
        resumeAnnounced = false;
        queue.drainTo(link);
        if (closeRequested && state == SessionState.READY) {
            sendClose();
        }
        session.applyReadPause();
        session.wakeWaiters();
    }

    /**
     * The current connection closed without being dropped by us. A closing session ends when the server closed normally
     * or owes nothing more; otherwise (a drop before the last finals) it reconnects like any other, and closes again
     * once what it is owed has been sent again.
     */
    void closed(Short code, String reason, boolean finishedSinceReady) {
        connection = null;
        if (state.isEnded()) {
            return;
        }
        if (closeRequested && (code != null && code == NORMAL_CLOSURE || !owesAnything())) {
            end(SessionState.CLOSED, new SlngException(session + " was closed"));
            return;
        }
        boolean wasReady = state == SessionState.READY || state == SessionState.CLOSING;
        recovery.closed(code, reason, wasReady, finishedSinceReady, owesAnything());
    }

    private boolean owesAnything() {
        return !queue.isEmpty() || protocol.hasUnfinishedWork();
    }

    /**
     * Ends the session on purpose: {@code close} goes out now when ready, else once a reconnect is ready and has sent
     * again what is owed; a session that owes nothing and is not ready ends at once. It has {@code closeTimeout} to
     * finish.
     */
    void close(String why) {
        if (state.isEnded() || closeRequested) {
            return;
        }
        if (state != SessionState.READY && (state == SessionState.IDLE || !owesAnything())) {
            end(SessionState.CLOSED, new SlngException(session + " was closed (" + why + ") before it was ready"));
            return;
        }
        LOG.debug("{} closing: {}", session, why);
        closeRequested = true;
        closeTimer = context.vertx().setTimer(context.closeTimeout(), id -> closeTimedOut());
        if (state == SessionState.READY) {
            sendClose();
        }
    }

    private void sendClose() {
        state = SessionState.CLOSING;
        connection.link().sendText(ClientMessages.CLOSE);
    }

    private void closeTimedOut() {
        synchronized (session) {
            if (state.isEnded()) {
                return;
            }
            String owed = protocol.hasUnfinishedWork() ? protocol.owed() : queue.size() + " queued messages";
            SlngException timedOut = new SlngException(session + " did not finish within closeTimeout="
                                                       + context.closeTimeout() + " ms: " + owed + " never answered");
            recovery.reportError(StreamEvent.error(timedOut.getMessage(), "close_timeout", timedOut.getMessage(), 0), timedOut);
            end(SessionState.CLOSED, timedOut);
        }
    }

    /** Whether the session was asked to close: it takes no more messages and ends once it owes nothing. */
    boolean closeRequested() {
        return closeRequested;
    }

    /** Keepalive on a ready or closing connection, from the endpoint's sweep. */
    void keepAlive(long now) {
        if (state == SessionState.READY || state == SessionState.CLOSING) {
            connection.keepAlive(now);
        }
    }

    /** A connection was lost, or could not be made: the next one will be announced as resumed. */
    void reconnecting(String why) {
        state = SessionState.RECONNECTING;
        if (opened && !resumeAnnounced) {
            resumeAnnounced = true;
            session.emit(StreamEvent.lifecycle(StreamEvent.RECONNECTING, why, null));
        }
    }

    void idle() {
        state = SessionState.IDLE;
    }

    /** Ends the session: no timer left, connection closed, everything queued or awaiting an answer fails with {@code cause}. */
    void end(SessionState finalState, Throwable cause) {
        state = finalState;
        // after every event the session emitted, in order: for a consumer, the call's transcript or audio is complete
        session.emit(StreamEvent.lifecycle(finalState == SessionState.FAILED ? StreamEvent.FAILED : StreamEvent.CLOSED,
                finalState == SessionState.FAILED ? cause.getMessage() : null, null));
        if (closeTimer >= 0) {
            context.vertx().cancelTimer(closeTimer);
        }
        recovery.stop();
        dropConnection();
        queue.failAll(cause);
        protocol.abandon(cause);
        session.wakeWaiters();
        context.ended().accept(session);
    }

    void dropConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    SessionState state() {
        return state;
    }

    /** The connection to write on, or null unless ready. */
    SessionLink readyLink() {
        return state == SessionState.READY ? connection.link() : null;
    }

    SessionRecovery recovery() {
        return recovery;
    }

    String slngSessionId() {
        return slngSessionId;
    }
}
