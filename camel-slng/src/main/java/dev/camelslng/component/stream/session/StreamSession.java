package dev.camelslng.component.stream.session;

import java.net.URI;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import org.apache.camel.Message;
import org.apache.hc.core5.http.Header;

/**
 * One stream: a logical conversation with a bridge that outlives its WebSocket connections, as producers, the consumer,
 * the endpoint's sweep, health and console see it. It connects on first use; when a connection drops it reconnects
 * (single-flight, with backoff) and its protocol sends again what was not finished. The work is done by its
 * SessionSender, SessionStateMachine, SessionRecovery and SessionConnections. Its monitor is the session's lock, held
 * briefly by producer threads and event-loop callbacks alike for every state change; nothing blocks while holding it,
 * and route work never runs under it (events go through an ordered queue to the worker pool).
 */
public final class StreamSession {

    /** What became of an offered message. */
    public enum Offer { SENT, QUEUED, FULL }

    private final String streamId;
    private final String description;
    private final StreamSettings settings;
    private final SessionContext context;
    private final SessionProtocol protocol;
    private final SessionDelivery delivery;
    private final List<Header> gateway;
    private final SendQueue queue;
    private final SessionStateMachine machine;
    private final SessionSender sender;

    public StreamSession(String streamId, String kind, StreamSettings settings, URI uri, List<Header> headers, SessionContext context,
                  Function<StreamSession, SessionProtocol> protocol) {
        this.streamId = streamId;
        this.description = "slng:" + kind + "-stream " + StreamIds.label(streamId) + " (" + settings.model() + ")";
        this.settings = settings;
        this.context = context;
        this.queue = new SendQueue(context.sendQueueSize(), context.workers(), sentResult(streamId, this));
        this.protocol = protocol.apply(this);
        this.machine = new SessionStateMachine(this, context, queue, uri, headers);
        this.gateway = headers;
        this.sender = new SessionSender(this, machine, queue);
        this.delivery = new SessionDelivery(this, context, machine::readyLink);
    }

    /** What a producer's message says once it was sent: its stream, and the state of the session, if there is one. */
    public static Consumer<Message> sentResult(String streamId, StreamSession session) {
        return message -> {
            message.setHeader(SlngConstants.STREAM_ID, streamId);
            if (session != null) {
                message.setHeader(SlngConstants.STREAM_STATE, session.state().label());
            }
        };
    }

    public String streamId() {
        return streamId;
    }

    public StreamSettings settings() {
        return settings;
    }

    public synchronized SessionState state() {
        return machine.state();
    }

    /** Takes the session for a message if it takes messages, counting it as used so that it does not idle out meanwhile. */
    synchronized boolean claim() {
        if (!takesMessages()) {
            return false;
        }
        sender.touch();
        return true;
    }

    /** Whether {@code other} are the gateway headers (key, routing) this session connects with; checked per message. */
    boolean sameGateway(List<Header> other) {
        if (other == gateway) {
            return true;
        }
        if (other.size() != gateway.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!gateway.get(i).getName().equals(other.get(i).getName()) || !gateway.get(i).getValue().equals(other.get(i).getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether it takes messages: not ended, and not asked to close. */
    synchronized boolean takesMessages() {
        return !machine.state().isEnded() && machine.state() != SessionState.CLOSING && !machine.closeRequested();
    }

    public SessionProtocol protocol() {
        return protocol;
    }

    /** Whether a message is taken now without waiting for room: see {@link SessionSender}. */
    public boolean hasRoom() {
        return sender.hasRoom();
    }

    /** Offers part of a message that found room, on the caller's thread, which never waits. */
    public Offer sendAdmitted(Outbound item) throws SlngException {
        return sender.sendAdmitted(item);
    }

    /**
     * Offers a message on a worker: sent now when ready, else queued (connecting first if needed), waiting up to
     * {@code queueTimeout} ms for room when the send queue is full.
     *
     * @throws SlngException when the session has ended, or the queue stayed full
     */
    public Offer send(Outbound item, long queueTimeout) throws SlngException {
        return sender.send(item, queueTimeout);
    }

    /**
     * Waits, on a worker that streams a whole body, while the ready connection's write queue is full, so the body goes
     * out at the pace the link takes it; up to {@code millis}. Returns whether it may write now: the link took what it
     * had, or there is no ready link (what is sent then waits in the send queue, which has bounds of its own).
     */
    public synchronized boolean awaitWritable(long millis) throws InterruptedException {
        SessionLink link = machine.readyLink();
        if (link != null && link.writeQueueFull()) {
            link.whenWritable(this::notifyAll);
            wait(millis);
            link = machine.readyLink();
        }
        return link == null || !link.writeQueueFull();
    }

    /**
     * Gives the ready connection {@code readyTimeout} to send {@code answer} while {@code awaited} holds; past that it is
     * dropped and a new connection takes over, as after a drop, so nothing the server sends late is taken for new work.
     * Under the lock.
     */
    public void expectAnswer(SessionLink link, String answer, BooleanSupplier awaited) {
        long timeout = context.readyTimeout();
        context.vertx().setTimer(timeout, id -> {
            synchronized (this) {
                if (machine.readyLink() == link && awaited.getAsBoolean()) {
                    machine.recovery().connectionLost(new SlngException(this + " got no " + answer + " within readyTimeout="
                                                                        + timeout + " ms"));
                }
            }
        });
    }

    /** Runs {@code action} now with the live connection, or with null when there is none. */
    public synchronized void locked(Consumer<SessionLink> action) {
        sender.locked(action);
    }

    /** Closes once everything queued before has gone out: a close command goes after the message's own text or audio. */
    public void closeAfterQueued(String why) throws SlngException {
        sender.closeAfterQueued(why);
    }

    /**
     * Drops every queued message (a barge-in drops queued text). Their exchanges complete: those that only waited to be
     * sent, as dealt with; those that waited for a result, with {@code unanswered}.
     */
    public synchronized void dropQueued(Throwable unanswered) {
        queue.dropAll(unanswered);
        wakeWaiters();
    }

    /** Wakes the producers waiting for room in the send queue: it emptied, or the session is ready or ended. Under the lock. */
    void wakeWaiters() {
        notifyAll();
    }

    /** Ends the session on purpose: {@code close} to the server, which finishes (STT: the last finals) and closes. */
    public synchronized void close(String why) {
        machine.close(why);
    }

    /** Ends the session at once (a stop): nothing more is sent or received, everything waiting fails with {@code cause}. */
    public synchronized void stop(Throwable cause) {
        if (!machine.state().isEnded()) {
            machine.end(SessionState.CLOSED, cause);
        }
    }

    /** Heartbeat and idle check, called by the endpoint's sweep: a session idle with nothing left to do closes. */
    synchronized void tick() {
        long now = System.nanoTime();
        machine.keepAlive(now);
        if (sender.unusedFor(context.idleTimeout(), now) && queue.isEmpty() && !protocol.awaitsAnswer()) {
            if (machine.state() == SessionState.READY) {
                close("idle for sessionIdleTimeout=" + context.idleTimeout() + " ms");
            } else if (machine.state() == SessionState.IDLE) {
                machine.end(SessionState.CLOSED, new SlngException(this + " closed after sessionIdleTimeout"));
            }
        }
    }

    /** Hands an event to the consumer, in order, on a worker thread. */
    public void emit(StreamEvent event) {
        delivery.emit(event);
    }

    /** The consumer's route is suspended (events are held, the socket is not read) or resumed. */
    void consumerSuspended(boolean suspended) {
        delivery.suspended(suspended);
    }

    /** Reads the ready connection only while the consumer keeps up and is not suspended. Under the lock. */
    void applyReadPause() {
        delivery.applyReadPause();
    }

    int pendingEvents() {
        return delivery.pending();
    }

    /** Runs route work (completing a waiting exchange) on a worker thread, never on the event loop. */
    public void runOnWorker(Runnable task) {
        context.workers().execute(task);
    }

    /** What the console shows about this session. */
    public synchronized SessionSnapshot snapshot() {
        Throwable lastError = machine.recovery().lastError();
        return new SessionSnapshot(streamId, settings.model().value(), machine.state(), machine.slngSessionId(),
                machine.recovery().reconnects(), queue.size(), protocol.retainedBytes(), protocol.resentBytes(),
                delivery.pending(), lastError != null ? lastError.getMessage() : null, machine.recovery().recovering());
    }

    @Override
    public String toString() {
        return description;
    }
}
