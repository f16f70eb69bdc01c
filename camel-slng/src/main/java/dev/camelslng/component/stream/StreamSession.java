package dev.camelslng.component.stream;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.camelslng.component.SlngApiException;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.protocol.stream.ServerMessage;
import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.WebSocket;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream: a logical conversation with a bridge that outlives its WebSocket connections. It connects on first use,
 * sends {@code init}, waits for {@code ready}, then sends what producers give it; when a connection drops it reconnects
 * (single-flight, with backoff) and its protocol sends again what was not finished. All state changes happen under
 * the session's lock, taken briefly by producer threads and by Vert.x event-loop callbacks; nothing blocks while
 * holding it, and route work never runs under it (events go through an ordered queue to the worker pool).
 */
public final class StreamSession {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    /** What became of an offered message. */
    enum Offer { SENT, QUEUED, FULL }

    private final String streamId;
    private final String description;
    private final StreamSettings settings;
    private final URI uri;
    private final List<Header> headers;
    private final SessionContext context;
    private final SessionProtocol protocol;
    private final SerialExecutor events;
    private final SendQueue queue;
    private final Heartbeat heartbeat;
    private final ConnectionFailures failures;

    private SessionState state = SessionState.IDLE;
    private SessionLink link;
    private int generation;
    private int attempts;
    private long readyTimer = -1;
    private long reconnectTimer = -1;
    private boolean progressSinceReady;
    private long lastUsedNanos = System.nanoTime();
    private String slngSessionId;
    private long reconnects;
    private Throwable lastError;

    StreamSession(String streamId, String kind, StreamSettings settings, URI uri, List<Header> headers, SessionContext context,
                  Function<StreamSession, SessionProtocol> protocol) {
        this.streamId = streamId;
        this.description = "slng:" + kind + "-stream session '" + streamId + "' (" + settings.model() + ")";
        this.settings = settings;
        this.uri = uri;
        this.headers = headers;
        this.context = context;
        this.events = new SerialExecutor(context.workers());
        this.queue = new SendQueue(context.sendQueueSize(), context.workers());
        this.heartbeat = new Heartbeat(context.keepAliveInterval(), context.pongTimeout());
        this.protocol = protocol.apply(this);
        this.failures = new ConnectionFailures(this::toString, context.backoff());
    }

    public String streamId() {
        return streamId;
    }

    public StreamSettings settings() {
        return settings;
    }

    public synchronized SessionState state() {
        return state;
    }

    /** Offers a message: sent now when ready, else queued (connecting first if needed), else FULL. */
    synchronized Offer offer(Outbound item) throws SlngException {
        if (state.isEnded() || state == SessionState.CLOSING) {
            throw endedError();
        }
        lastUsedNanos = System.nanoTime();
        if (state == SessionState.READY) {
            item.write().accept(link);
            return Offer.SENT;
        }
        if (queue.isFull()) {
            return Offer.FULL;
        }
        queue.add(item);
        if (state == SessionState.IDLE) {
            connect();
        }
        return Offer.QUEUED;
    }

    /**
     * Offers a message, waiting up to {@code queueTimeout} ms for room when the send queue is full.
     *
     * @throws SlngException when the session has ended, or the queue stayed full
     */
    Offer send(Outbound item, long queueTimeout) throws SlngException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(queueTimeout);
        while (true) {
            Offer offer = offer(item);
            if (offer != Offer.FULL) {
                return offer;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                if (left <= 0 || !awaitRoom(left)) {
                    throw new SlngException(this + " cannot take the message: its send queue is full (sendQueueSize="
                                            + queue.capacity() + ") while it is " + state().label()
                                            + (queueTimeout > 0 ? ", for sendQueueTimeout=" + queueTimeout + " ms" : ""));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlngException(this + " was interrupted while waiting for room in its send queue", null, e);
            }
        }
    }

    /** Why no more messages are taken: the failure itself when SLNG refused (its status stays visible to the route). */
    private SlngException endedError() {
        if (state == SessionState.FAILED && lastError instanceof SlngApiException refused) {
            return new SlngApiException(refused.getMessage(), refused.getStatusCode(), refused.getErrorMessage(),
                    refused.getErrorDetails(), refused.getRequestId());
        }
        return new SlngException(this + " is " + state.label() + (lastError != null ? ": " + lastError.getMessage() : ""),
                null, lastError);
    }

    /** Runs {@code action} now with the live connection, or with null when there is none. */
    synchronized void locked(Consumer<SessionLink> action) {
        lastUsedNanos = System.nanoTime();
        action.accept(state == SessionState.READY ? link : null);
    }

    /** Closes once everything queued before has gone out: a close command goes after the message's own text or audio. */
    void closeAfterQueued(String why) throws SlngException {
        synchronized (this) {
            if (state != SessionState.CONNECTING && state != SessionState.RECONNECTING || queue.isEmpty()) {
                close(why);
                return;
            }
        }
        send(new Outbound(ready -> close(why), null, false), context.options().sendQueueTimeout());
    }

    SessionProtocol protocol() {
        return protocol;
    }

    /**
     * Drops every queued message (a barge-in drops queued text). Their exchanges complete: those that only waited to be
     * sent, as dealt with; those that waited for a result, with {@code unanswered}.
     */
    synchronized void dropQueued(Throwable unanswered) {
        queue.dropAll(unanswered);
        notifyAll();
    }

    /** Waits up to {@code millis} for room in the send queue; returns whether there is room (or the session ended). */
    synchronized boolean awaitRoom(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (queue.isFull() && !state.isEnded() && state != SessionState.READY) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Ends the session on purpose: {@code close} to the server, which finishes (STT: the last finals) and closes. */
    public synchronized void close(String why) {
        if (state.isEnded() || state == SessionState.CLOSING) {
            return;
        }
        if (state == SessionState.READY) {
            LOG.debug("{} closing: {}", this, why);
            state = SessionState.CLOSING;
            link.sendText(ClientMessages.CLOSE);
            SessionLink closing = link;
            context.vertx().setTimer(context.readyTimeout(), id -> closeTimedOut(closing));
            return;
        }
        end(SessionState.CLOSED, new SlngException(this + " was closed (" + why + ") before it was ready"));
    }

    /** Ends the session at once (a stop): nothing more is sent or received, everything waiting fails with {@code cause}. */
    public synchronized void stop(Throwable cause) {
        if (!state.isEnded()) {
            end(SessionState.CLOSED, cause);
        }
    }

    private void connect() {
        state = SessionState.CONNECTING;
        int attempt = ++generation;
        context.connector().connect(uri, headers).onComplete(result -> connected(attempt, result));
    }

    private synchronized void connected(int attempt, AsyncResult<WebSocket> result) {
        if (attempt != generation || state != SessionState.CONNECTING) {
            if (result.succeeded()) {
                result.result().close();
            }
            return;
        }
        if (result.failed()) {
            failures.classify(result.cause()).apply(this);
            return;
        }
        WebSocket socket = result.result();
        SessionLink newLink = new SessionLink(socket, attempt);
        link = newLink;
        socket.textMessageHandler(text -> onText(newLink, text));
        socket.binaryMessageHandler(data -> onBinary(newLink, data));
        socket.pongHandler(pong -> onPong(newLink));
        socket.exceptionHandler(e -> onSocketError(newLink, e));
        socket.closeHandler(closed -> onClosed(newLink, socket.closeStatusCode(), socket.closeReason()));
        newLink.sendText(protocol.initMessage());
        SessionLink waiting = newLink;
        readyTimer = context.vertx().setTimer(context.readyTimeout(), id -> readyTimedOut(waiting));
    }

    private synchronized void onText(SessionLink from, String text) {
        if (from != link) {
            return;
        }
        from.received();
        ServerMessage message;
        try {
            message = ServerMessage.parse(text);
        } catch (IOException e) {
            LOG.warn("{} skipped a frame that is not a JSON object ({} characters)", this, text.length());
            return;
        }
        switch (message.type()) {
            case ServerMessage.READY -> becameReady(message);
            case ServerMessage.ERROR -> failures.bridgeError(message).apply(this);
            default -> {
                progressSinceReady = true;
                protocol.onMessage(message);
            }
        }
    }

    private synchronized void onBinary(SessionLink from, Buffer data) {
        if (from == link) {
            from.received();
            progressSinceReady = true;
            protocol.onBinary(data.getBytes());
        }
    }

    private synchronized void onPong(SessionLink from) {
        if (from == link) {
            from.received();
        }
    }

    private void becameReady(ServerMessage ready) {
        if (state != SessionState.CONNECTING) {
            return;
        }
        cancel(readyTimer);
        state = SessionState.READY;
        attempts = 0;
        heartbeat.reset();
        progressSinceReady = false;
        slngSessionId = ready.text("session_id");
        protocol.resume(link);
        queue.drainTo(link);
        notifyAll();
    }

    private synchronized void onSocketError(SessionLink from, Throwable error) {
        // A drop is reported by the close handler; an oversized message is dropped by Vert.x and the connection stays.
        if (from == link && !(error instanceof HttpClosedException)) {
            LOG.warn("{}: {}", this, error.toString());
        }
    }

    private synchronized void onClosed(SessionLink from, Short code, String reason) {
        if (from != link) {
            return;
        }
        link = null;
        cancel(readyTimer);
        if (state == SessionState.CLOSING) {
            end(SessionState.CLOSED, new SlngException(this + " was closed"));
            return;
        }
        if (state.isEnded()) {
            return;
        }
        failures.closed(code, reason, state == SessionState.READY, progressSinceReady, hasWork()).apply(this);
    }

    private synchronized void readyTimedOut(SessionLink waiting) {
        if (waiting == link && state == SessionState.CONNECTING) {
            dropLink();
            reconnectLater(new SlngException(this + " got no ready within readyTimeout=" + context.readyTimeout() + " ms"), 0);
        }
    }

    private synchronized void closeTimedOut(SessionLink closing) {
        if (state == SessionState.CLOSING && link == closing) {
            dropLink();
            end(SessionState.CLOSED, new SlngException(this + " was closed"));
        }
    }

    /** Heartbeat and idle check, called by the endpoint's sweep. */
    synchronized void tick() {
        long now = System.nanoTime();
        if (state == SessionState.READY) {
            heartbeat(now);
        }
        boolean idle = now - lastUsedNanos >= TimeUnit.MILLISECONDS.toNanos(context.idleTimeout());
        if (idle && queue.isEmpty() && !protocol.awaitsAnswer()) {
            if (state == SessionState.READY) {
                close("idle for sessionIdleTimeout=" + context.idleTimeout() + " ms");
            } else if (state == SessionState.IDLE) {
                end(SessionState.CLOSED, new SlngException(this + " closed after sessionIdleTimeout"));
            }
        }
    }

    private void heartbeat(long now) {
        if (!heartbeat.check(link, now)) {
            dropLink();
            reconnectLater(new SlngException(this + " got no pong within pongTimeout=" + context.pongTimeout()
                                              + " ms: the connection is dead"), 0);
        }
    }

    /** A connection attempt or connection failed in a way retrying may fix: wait, then connect again. */
    void reconnectLater(Throwable cause, long serverDelay) {
        lastError = cause;
        attempts++;
        if (!context.backoff().allows(attempts)) {
            fail(new SlngException(this + " gave up after " + (attempts - 1) + " reconnect attempts (reconnectMaxAttempts="
                                   + context.backoff().maxAttempts() + "): " + cause.getMessage(), null, cause));
            return;
        }
        state = SessionState.RECONNECTING;
        reconnects++;
        long delay = Math.max(serverDelay, context.backoff().delayBefore(attempts));
        LOG.info("{}: {}; reconnecting in {} ms (attempt {})", this, cause.getMessage(), delay, attempts);
        reconnectTimer = context.vertx().setTimer(Math.max(1, delay), id -> reconnectDue());
    }

    /** The server ended a connection normally while work was left: connect again at once, as after a per-utterance close. */
    void reconnectNow() {
        reconnects++;
        connect();
    }

    /** The server ended a connection normally and nothing is left: connect again on the next message. */
    void idle() {
        state = SessionState.IDLE;
    }

    private synchronized void reconnectDue() {
        if (state == SessionState.RECONNECTING) {
            connect();
        }
    }

    /** A failure retrying cannot fix: the session ends and everything waiting fails with {@code cause}. */
    void fail(Throwable cause) {
        LOG.warn("{} failed: {}", this, cause.getMessage());
        dropLink();
        end(SessionState.FAILED, cause);
    }

    /** Reports a server error to the consumer, if any, without ending the session. */
    void reportError(StreamEvent event, Throwable error) {
        lastError = error;
        emit(event);
    }

    private void end(SessionState finalState, Throwable cause) {
        state = finalState;
        if (finalState == SessionState.FAILED) {
            lastError = cause;
        }
        cancel(readyTimer);
        cancel(reconnectTimer);
        dropLink();
        queue.failAll(cause);
        protocol.abandon(cause);
        notifyAll();
        context.ended().accept(this);
    }

    private void dropLink() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private boolean hasWork() {
        return !queue.isEmpty() || protocol.hasUnfinishedWork();
    }

    private void cancel(long timer) {
        if (timer >= 0) {
            context.vertx().cancelTimer(timer);
        }
    }

    /** Hands an event to the consumer, in order, on a worker thread. */
    void emit(StreamEvent event) {
        events.execute(() -> {
            StreamListener listener = context.listener().get();
            if (listener != null && event.wanted().getAsBoolean()) {
                listener.onEvent(this, event);
            }
        });
    }

    /** Runs route work (completing a waiting exchange) on a worker thread, never on the event loop. */
    void runOnWorker(Runnable task) {
        context.workers().execute(task);
    }

    /** What the console shows about this session. */
    public synchronized SessionSnapshot snapshot() {
        return new SessionSnapshot(streamId, settings.model().value(), state, slngSessionId, reconnects, queue.size(),
                protocol.retainedBytes(), protocol.resentBytes(), events.pending(),
                lastError != null ? lastError.getMessage() : null,
                state == SessionState.RECONNECTING || state == SessionState.CONNECTING && attempts > 0);
    }

    @Override
    public String toString() {
        return description;
    }
}
