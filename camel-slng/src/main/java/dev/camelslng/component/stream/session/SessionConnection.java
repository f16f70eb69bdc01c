package dev.camelslng.component.stream.session;

import java.io.IOException;

import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.stream.ServerMessage;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of a session, one generation: attaches its handlers in the connect callback (so no frame is missed),
 * sends {@code init}, waits up to {@code readyTimeout} for {@code ready}, keeps the connection alive; frames go to the
 * protocol, what becomes of the connection to the state machine or, if it went wrong, the recovery. Its callbacks run on
 * an event loop under the session's lock, and do nothing once a newer generation replaced this one or it was dropped.
 */
final class SessionConnection {

    // the logger users (and the examples) set for sessions
    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private final StreamSession session;
    private final SessionStateMachine machine;
    private final SessionContext context;
    private final Heartbeat heartbeat;
    private SessionLink link;
    private long readyTimer = -1;
    private long finishedAtReady = -1;
    private boolean finishedSinceReady;

    SessionConnection(StreamSession session, SessionStateMachine machine, SessionContext context) {
        this.session = session;
        this.machine = machine;
        this.context = context;
        this.heartbeat = new Heartbeat(context.keepAliveInterval(), context.pongTimeout());
    }

    /** The WebSocket opened, or could not be. */
    void connected(AsyncResult<WebSocket> result) {
        synchronized (session) {
            if (!machine.isCurrent(this) || machine.state() != SessionState.CONNECTING) {
                if (result.succeeded()) {
                    result.result().close();
                }
                return;
            }
            if (result.failed()) {
                machine.recovery().couldNotConnect(result.cause());
                return;
            }
            WebSocket socket = result.result();
            link = new SessionLink(socket, session);
            socket.textMessageHandler(text -> whileCurrent(() -> onText(text)));
            socket.binaryMessageHandler(data -> whileCurrent(() -> onBinary(data)));
            socket.pongHandler(pong -> whileCurrent(link::received));
            socket.exceptionHandler(error -> whileCurrent(() -> onSocketError(error)));
            socket.closeHandler(closed -> whileCurrent(() -> onClosed(socket.closeStatusCode(), socket.closeReason())));
            link.sendText(session.protocol().initMessage());
            readyTimer = context.vertx().setTimer(context.readyTimeout(), id -> whileCurrent(this::readyTimedOut));
        }
    }

    /** Runs a callback under the session's lock, unless a newer generation replaced this connection or it was dropped. */
    private void whileCurrent(Runnable callback) {
        synchronized (session) {
            if (machine.isCurrent(this)) {
                callback.run();
            }
        }
    }

    private void onText(String text) {
        link.received();
        ServerMessage message;
        try {
            message = ServerMessage.parse(text);
        } catch (IOException e) {
            LOG.warn("{} skipped a frame that is not a JSON object ({} characters)", session, text.length());
            return;
        }
        switch (message.type()) {
            case ServerMessage.READY -> {
                if (machine.state() == SessionState.CONNECTING) {
                    cancelReadyTimer();
                    finishedAtReady = session.protocol().finished();
                    machine.ready(link, message.text("session_id"));
                }
            }
            case ServerMessage.ERROR -> machine.recovery().errorFrame(message);
            default -> {
                session.protocol().onMessage(message);
                checkProgress();
            }
        }
    }

    private void onBinary(Buffer data) {
        link.received();
        session.protocol().onBinary(data.getBytes());
        checkProgress();
    }

    /** The first answer this connection finishes shows that connections do more than open: see {@link SessionRecovery}. */
    private void checkProgress() {
        if (!finishedSinceReady && finishedAtReady >= 0 && session.protocol().finished() > finishedAtReady) {
            finishedSinceReady = true;
            machine.recovery().finishedAnswer();
        }
    }

    private void onSocketError(Throwable error) {
        // A drop is reported by the close handler. A message over the limit would come again on every connection.
        if (isTooLarge(error)) {
            machine.recovery().fail(new SlngException(session + " got a message from SLNG larger than maxMessageSize="
                                                      + context.options().maxMessageSize() + " bytes: raise maxMessageSize"));
        } else if (!(error instanceof HttpClosedException)) {
            LOG.warn("{}: {}", session, error.toString());
        }
    }

    private static boolean isTooLarge(Throwable error) {
        String message = String.valueOf(error.getMessage());
        return error instanceof CorruptedWebSocketFrameException && message.startsWith("Max frame length")
               || error instanceof IllegalStateException && message.contains("max message size");
    }

    private void onClosed(Short code, String reason) {
        cancelReadyTimer();
        link.releaseWaiting();
        machine.closed(code, reason, finishedSinceReady);
    }

    private void readyTimedOut() {
        if (machine.state() == SessionState.CONNECTING) {
            machine.recovery().connectionLost(new SlngException(session + " got no ready within readyTimeout="
                                                                + context.readyTimeout() + " ms"));
        }
    }

    /** Sends a keepalive and a ping when the ready connection has been quiet; a ping left unanswered means it is dead. */
    void keepAlive(long now) {
        if (!heartbeat.check(link, now)) {
            machine.recovery().connectionLost(new SlngException(session + " got no pong within pongTimeout="
                                                                + context.pongTimeout() + " ms: the connection is dead"));
        }
    }

    /** The open connection, or null while the WebSocket is still opening. */
    SessionLink link() {
        return link;
    }

    /** Drops the connection: its close handler then finds it no longer current. */
    void close() {
        cancelReadyTimer();
        if (link != null) {
            link.releaseWaiting();
            link.close();
        }
    }

    private void cancelReadyTimer() {
        if (readyTimer >= 0) {
            context.vertx().cancelTimer(readyTimer);
        }
    }
}
