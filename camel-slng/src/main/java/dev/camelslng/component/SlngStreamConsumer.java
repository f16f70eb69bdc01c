package dev.camelslng.component;

import dev.camelslng.component.health.SlngStreamHealthCheck;
import dev.camelslng.component.stream.StreamEvent;
import dev.camelslng.component.stream.StreamListener;
import dev.camelslng.component.stream.StreamSession;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Emits what the endpoint's stream sessions receive as exchanges: audio chunks and utterance ends (tts-stream), partial
 * and final transcripts and utterance ends (stt-stream), and server errors. Each session's events reach the route one
 * at a time and in order, on a worker thread; every exchange carries the stream id and the session's state. Its health
 * check (Camel's {@code consumer:<routeId>}) is DOWN while a session reconnects or after one failed for good.
 */
public class SlngStreamConsumer extends DefaultConsumer implements StreamListener {

    private final SlngEndpoint endpoint;

    public SlngStreamConsumer(SlngEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public void onEvent(StreamSession session, StreamEvent event) {
        if (!isRunAllowed()) {
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
    protected void doStart() throws Exception {
        super.doStart();
        endpoint.sessions().retain();
        endpoint.sessions().listen(this);
        if (endpoint.getComponent().isHealthCheckConsumerEnabled()) {
            setHealthCheck(SlngStreamHealthCheck.forConsumer(endpoint));
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (endpoint.sessions() != null) {
            endpoint.sessions().listen(null);
            endpoint.sessions().release(new SlngException("The stream was stopped: the routes using " + endpoint + " stopped"));
        }
        super.doStop();
    }
}
