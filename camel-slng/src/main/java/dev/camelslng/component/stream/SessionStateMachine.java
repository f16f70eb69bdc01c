package dev.camelslng.component.stream;

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

    private final StreamSession session;
    private final SessionContext context;
    private final SessionProtocol protocol;
    private final SendQueue queue;
    private final URI uri;
    private final List<Header> headers;
    private final SessionRecovery recovery;
    private SessionState state = SessionState.IDLE;
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

    boolean isCurrent(SessionConnection candidate) {
        return candidate == connection;
    }

    /** The current connection got {@code ready}: what was unfinished goes out again, then what is queued. */
    void ready(SessionLink link, String serverSessionId) {
        state = SessionState.READY;
        recovery.recovered();
        slngSessionId = serverSessionId;
        protocol.resume(link);
        queue.drainTo(link);
        session.wakeWaiters();
    }

    /** The current connection closed without being dropped: the end of a close, or a failure to recover from. */
    void closed(Short code, String reason, boolean progressSinceReady) {
        connection = null;
        if (state == SessionState.CLOSING) {
            end(SessionState.CLOSED, new SlngException(session + " was closed"));
        } else if (!state.isEnded()) {
            boolean workLeft = !queue.isEmpty() || protocol.hasUnfinishedWork();
            recovery.closed(code, reason, state == SessionState.READY, progressSinceReady, workLeft);
        }
    }

    /** Sends {@code close} when ready (the server finishes, then closes); before that, ends at once. */
    void close(String why) {
        if (state.isEnded() || state == SessionState.CLOSING) {
            return;
        }
        if (state != SessionState.READY) {
            end(SessionState.CLOSED, new SlngException(session + " was closed (" + why + ") before it was ready"));
            return;
        }
        LOG.debug("{} closing: {}", session, why);
        state = SessionState.CLOSING;
        connection.link().sendText(ClientMessages.CLOSE);
        SessionConnection closing = connection;
        context.vertx().setTimer(context.readyTimeout(), id -> closeTimedOut(closing));
    }

    private void closeTimedOut(SessionConnection closing) {
        synchronized (session) {
            if (state == SessionState.CLOSING && connection == closing) {
                dropConnection();
                end(SessionState.CLOSED, new SlngException(session + " was closed"));
            }
        }
    }

    /** Keepalive on a ready connection, from the endpoint's sweep. */
    void keepAlive(long now) {
        if (state == SessionState.READY) {
            connection.keepAlive(now);
        }
    }

    void reconnecting() {
        state = SessionState.RECONNECTING;
    }

    void idle() {
        state = SessionState.IDLE;
    }

    /** Ends the session: no timer left, connection closed, everything queued or awaiting an answer fails with {@code cause}. */
    void end(SessionState finalState, Throwable cause) {
        state = finalState;
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
