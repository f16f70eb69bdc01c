package dev.camelslng.component.stream.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.SlngOperation;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.transport.ws.WebSocketConnector;
import dev.camelslng.component.transport.ws.WebSocketSettings;
import dev.camelslng.component.transport.ws.WebSocketTls;
import io.vertx.core.Vertx;
import org.apache.hc.core5.http.Header;

/**
 * The sessions of one stream name, by stream id, shared by its endpoints' producers and consumers. A session opens on
 * the first message for its id and leaves as soon as it ends, closed or failed (its last state stays visible a while in
 * {@link EndedSessions}). All sessions close when the last route using the name stops.
 */
public final class StreamSessions {

    private final String kind;
    private final int maxSessions;
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger users = new AtomicInteger();
    private final EndedSessions ended = new EndedSessions();
    private final Reachability reachability = new Reachability();
    private final Object endedSignal = new Object();
    private final AtomicReference<InFlightExchange> unkeyedBody = new AtomicReference<>();
    private final Consumers consumers = new Consumers();
    private volatile SessionContext context;
    private long sweep = -1;

    public StreamSessions(String kind, int maxSessions) {
        this.kind = kind;
        this.maxSessions = maxSessions;
    }

    /**
     * The sessions of a starting stream endpoint, its options checked: they connect with a WebSocket client of their own
     * on the component's {@code vertx}, with {@code tls} (null for the JVM's defaults), and hand route work to
     * {@code workers}.
     */
    public static StreamSessions open(SlngConfiguration config, Vertx vertx, WebSocketTls tls, Executor workers) {
        SessionOptions options = SessionOptions.of(config);
        WebSocketConnector connector = new WebSocketConnector(vertx, new WebSocketSettings(config.getConnectTimeout(),
                config.getMaxMessageSize(), config.getProxyHost(), config.getProxyPort(), tls));
        StreamSessions sessions = new StreamSessions(config.getOperation() == SlngOperation.TTS_STREAM ? "tts" : "stt",
                config.getMaxSessions());
        sessions.start(vertx, connector, options, workers);
        return sessions;
    }

    /**
     * Starts taking messages; sessions connect with {@code connector} and hand route work to {@code workers}. One periodic
     * sweep checks every session's heartbeat and idle time: one timer per endpoint, not one per session.
     */
    synchronized void start(Vertx vertx, WebSocketConnector connector, SessionOptions options, Executor workers) {
        SessionContext started = new SessionContext(vertx, connector, options, workers, this::listener, this::ended,
                reachability);
        this.context = started;
        sweep = vertx.setPeriodic(started.sweepMillis(), id -> sessions.values().forEach(StreamSession::tick));
    }

    /** The options sessions follow; null before start. */
    public SessionOptions options() {
        SessionContext current = context;
        return current != null ? current.options() : null;
    }

    /**
     * The session of {@code streamId}, opened by {@code opener} if there is none; only then are its address and headers
     * worked out.
     *
     * @throws SlngException when the session was opened with other settings, or maxSessions are open
     */
    public StreamSession sessionFor(String streamId, StreamSettings settings, List<Header> gateway,
                             Function<SessionContext, StreamSession> opener) throws SlngException {
        // the open session of a stream id is found without the endpoint's lock: every message of every call looks it up
        StreamSession session = claimed(streamId, settings, gateway);
        return session != null ? session : open(streamId, settings, gateway, opener);
    }

    private synchronized StreamSession open(String streamId, StreamSettings settings, List<Header> gateway,
                                            Function<SessionContext, StreamSession> opener) throws SlngException {
        SessionContext current = context;
        if (current == null) {
            throw new SlngException("slng:" + kind + "-stream is not started");
        }
        StreamSession session = claimed(streamId, settings, gateway);
        if (session != null) {
            return session;
        }
        if (sessions.size() >= maxSessions) {
            throw new SlngException("Cannot open " + StreamIds.label(streamId) + ": maxSessions=" + maxSessions + " sessions are open"
                                    + " for this stream name; close some (CamelSlngStreamCommand=close), lower"
                                    + " sessionIdleTimeout or raise maxSessions");
        }
        StreamSession created = opener.apply(current);
        if (consumers.anySuspended()) {
            created.consumerSuspended(true);
        }
        sessions.put(streamId, created);
        return created;
    }

    /**
     * The session of {@code streamId} that takes messages, claimed (so the idle sweep does not close it before the
     * message is offered), or null: none, or closing (it finishes on its own; a new message opens the next one).
     */
    private StreamSession claimed(String streamId, StreamSettings settings, List<Header> gateway) throws SlngException {
        StreamSession session = sessions.get(streamId);
        if (session == null || !session.claim()) {
            return null;
        }
        if (!session.settings().equals(settings)) {
            throw new SlngException("The " + StreamIds.label(streamId) + " is open with other settings (" + session.settings().model()
                                    + "): SLNG fixes model, voice, language and audio format at init; close the stream"
                                    + " first (header CamelSlngStreamCommand=close) or use another CamelSlngStreamId");
        }
        if (!session.sameGateway(gateway)) {
            throw new SlngException("The " + StreamIds.label(streamId) + " is open with another API key, provider key or"
                                    + " routing (region, world part, agent or session id): SLNG takes them when the"
                                    + " stream connects; close the stream first (header CamelSlngStreamCommand=close) or"
                                    + " use another CamelSlngStreamId");
        }
        return session;
    }

    /**
     * Admits an exchange without a stream id to the default stream. One whose body goes out in pieces over time (a file,
     * a stream, paced audio) is a whole call: while it is being sent, any other exchange without a stream id would mix
     * its audio into the same session, and is refused instead.
     *
     * @throws SlngException when another exchange without a stream id is sending its whole body
     */
    public void admitUnkeyed(InFlightExchange exchange, boolean wholeBody) throws SlngException {
        InFlightExchange sending = unkeyedBody.get();
        boolean free = sending == null || !sending.isActive();
        if (!free || wholeBody && !unkeyedBody.compareAndSet(sending, exchange)) {
            throw new SlngException("Another exchange without a CamelSlngStreamId is still streaming its audio to slng:"
                                    + kind + "-stream: messages without a stream id share one session, so two calls"
                                    + " would mix their audio; set CamelSlngStreamId per call (or use replyWithResult,"
                                    + " which gives each exchange a session of its own)");
        }
    }

    /** The session of {@code streamId} that takes messages, or null. */
    public StreamSession find(String streamId) {
        StreamSession session = sessions.get(streamId);
        return session != null && session.takesMessages() ? session : null;
    }

    void ended(StreamSession session) {
        if (sessions.remove(session.streamId(), session)) {
            ended.add(session.snapshot());
        }
        synchronized (endedSignal) {
            endedSignal.notifyAll();
        }
    }

    /** Stops the session of {@code streamId} at once, if one is open: nobody waits for what it would still deliver. */
    public void stop(String streamId, Throwable cause) {
        StreamSession session = sessions.get(streamId);
        if (session != null) {
            session.stop(cause);
        }
    }

    /** A consumer starts receiving the events of every session; each consumer gets every event, in turn. */
    public void listen(StreamListener listener) {
        consumers.add(listener);
    }

    /** A consumer no longer receives events; with none left, they are dropped. */
    public void unlisten(StreamListener listener) {
        consumers.remove(listener);
        consumerSuspended(listener, false);
    }

    StreamListener listener() {
        return consumers.listener();
    }

    /** A producer or consumer starts using the sessions. */
    public void retain() {
        users.incrementAndGet();
    }

    /**
     * A producer or consumer stopped. When none is left, or {@code everythingStops} (the context stops), every session
     * is closed gracefully: {@code close} goes out (STT: the last finals, TTS: the audio of flushed text), and the
     * sessions get up to {@code graceMillis} to deliver what they owe to the consumer, if it still listens, before the
     * rest stop with {@code cause}. Blocks the stopping thread, never an event loop.
     */
    public void release(Throwable cause, long graceMillis, boolean everythingStops) {
        if (users.decrementAndGet() <= 0 || everythingStops) {
            closeAll(graceMillis);
            stopAll(cause);
        }
    }

    private void closeAll(long graceMillis) {
        new GracefulClose(new ArrayList<>(sessions.values()), endedSignal).run(graceMillis);
    }

    /**
     * A consumer's route is suspended or resumed. While any consumer is suspended, every session holds its events (for
     * all consumers: none misses one) and stops reading.
     */
    public void consumerSuspended(StreamListener consumer, boolean suspend) {
        if (consumers.suspend(consumer, suspend)) {
            sessions.values().forEach(session -> session.consumerSuspended(suspend));
        }
    }

    /** Events waiting for the consumer, over all sessions. */
    public int pendingEvents() {
        return sessions.values().stream().mapToInt(StreamSession::pendingEvents).sum();
    }

    /** Stops every session at once: nothing more is sent, received or retried. */
    public void stopAll(Throwable cause) {
        for (StreamSession session : new ArrayList<>(sessions.values())) {
            session.stop(cause);
        }
        sessions.clear();
        ended.clear();
    }

    /** Stops every session, the sweep and the WebSocket client: the endpoint stops. */
    public synchronized void shutdown(Throwable cause) {
        stopAll(cause);
        SessionContext current = context;
        if (current != null) {
            current.vertx().cancelTimer(sweep);
            current.connector().close();
        }
        context = null;
    }

    /** The open sessions as they are now. */
    public List<SessionSnapshot> snapshots() {
        return sessions.values().stream().map(StreamSession::snapshot).toList();
    }

    /** The sessions that ended lately, as they ended, oldest first. */
    public List<SessionSnapshot> recentlyEnded() {
        return ended.recent();
    }

    /** Whether the endpoint can open sessions: the outcome of its latest connection attempt. */
    public Reachability reachability() {
        return reachability;
    }
}
