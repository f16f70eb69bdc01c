package dev.camelslng.component;

import dev.camelslng.component.health.SlngStreamHealthCheck;
import dev.camelslng.component.stream.session.StreamEvent;
import dev.camelslng.component.stream.session.StreamListener;
import dev.camelslng.component.stream.session.StreamSession;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;

/**
 * Emits what the endpoint's stream sessions receive as exchanges: audio chunks and utterance ends (tts-stream), partial
 * and final transcripts and utterance ends (stt-stream), errors, and on request the sessions' lifecycle: those its
 * {@code events} option names ({@link EventFilter}). Each session's events reach the route one at a
 * time and in order, on a worker thread, as fast as the route takes them (the session stops reading its socket while
 * the route lags). Every exchange carries the stream id and the session's state. Its health check (Camel's
 * {@code consumer:<routeId>}) is DOWN when the endpoint cannot open sessions.
 * <p>
 * On a graceful stop it stops after the routes' exchanges in flight and its sessions' waiting events, and the last user
 * of the sessions (or any, when the context stops) closes them: their last finals still reach the route. A suspended
 * route holds its sessions' events and stops reading their sockets; nothing is lost, and resuming goes on.
 */
public class SlngStreamConsumer extends DefaultConsumer implements StreamListener, ShutdownAware, Suspendable {

    private final SlngEndpoint endpoint;
    private EventFilter events;

    public SlngStreamConsumer(SlngEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    /** Delivers while this consumer listens: also during its graceful stop, for the last finals. */
    @Override
    public void onEvent(StreamSession session, StreamEvent event) {
        if (!events.wants(event.headers().get(SlngConstants.STREAM_EVENT))) {
            return;
        }
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setBody(event.body());
            message.setHeaders(event.headers());
            message.setHeader(SlngConstants.STREAM_ID, session.streamId());
            message.setHeader(SlngConstants.STREAM_STATE, session.state().label());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing a stream event of " + session, exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return true;
    }

    @Override
    public int getPendingExchangesSize() {
        return endpoint.sessions() != null ? endpoint.sessions().pendingEvents() : 0;
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // nothing to prepare: the sessions close in doStop, once the routes' exchanges in flight are done
    }

    @Override
    protected void doStart() throws Exception {
        events = EventFilter.of(endpoint.getConfiguration().getEvents());
        super.doStart();
        endpoint.sessions().retain();
        endpoint.sessions().listen(this);
        if (endpoint.getComponent().isHealthCheckConsumerEnabled()) {
            setHealthCheck(SlngStreamHealthCheck.forConsumer(endpoint));
        }
    }

    @Override
    protected void doSuspend() throws Exception {
        endpoint.sessions().consumerSuspended(this, true);
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        endpoint.sessions().consumerSuspended(this, false);
        super.doResume();
    }

    @Override
    protected void doStop() throws Exception {
        if (endpoint.sessions() != null) {
            endpoint.sessions().consumerSuspended(this, false);
            endpoint.releaseSessions();
            endpoint.sessions().unlisten(this);
        }
        super.doStop();
    }
}
