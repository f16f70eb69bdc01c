package dev.camelslng.component;

import dev.camelslng.component.health.ProducerHealthChecks;
import dev.camelslng.component.health.SlngStreamHealthCheck;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.inflight.TimeLimit;
import dev.camelslng.component.stream.session.StreamCommand;
import dev.camelslng.component.stream.session.StreamIds;
import dev.camelslng.component.stream.session.StreamRequest;
import dev.camelslng.component.stream.session.StreamSessions;
import dev.camelslng.component.stream.session.StreamSettings;
import dev.camelslng.component.stream.stt.SttStream;
import dev.camelslng.component.stream.tts.TtsStream;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends the text (tts-stream) or audio (stt-stream) of each message on the session of its stream id. The exchange
 * completes once the session has sent it, at once when the session is ready, later (off the event loop) when it waits
 * in the send queue, or with the result when {@code replyWithResult} is set. Every exchange is tracked until it
 * completes, and failed with a clear error when its session fails for good or this producer stops.
 */
public class SlngStreamProducer extends DefaultAsyncProducer {

    private final SlngEndpoint endpoint;
    private final TimeLimit callTimeout;
    private ProducerHealthChecks healthCheck;
    private TtsStream tts;
    private SttStream stt;

    public SlngStreamProducer(SlngEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.callTimeout = TimeLimit.of("callTimeout", endpoint.getConfiguration().getCallTimeout(), "");
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        SlngConfiguration config = endpoint.getConfiguration();
        String header = exchange.getMessage().getHeader(SlngConstants.STREAM_ID, String.class);
        // stt-stream request-reply without a stream id gets a session of its own, so concurrent exchanges' audio never mixes
        boolean privateSession = header == null && config.isReplyWithResult() && config.getOperation() == SlngOperation.STT_STREAM;
        String streamId = privateSession ? "reply-" + exchange.getExchangeId() : header != null ? header : StreamRequest.DEFAULT_STREAM;
        InFlightExchange inFlight = endpoint.getComponent().inFlight().beginNonBlocking(exchange, doneSync -> {
            if (exchange.getException() != null) {
                endpoint.statistics().failed(exchange.getException());
                StreamSessions sessions = endpoint.sessions();
                if (privateSession && sessions != null) {
                    // nobody waits for what the exchange's own session would still deliver: its socket and slot go now
                    sessions.stop(streamId, exchange.getException());
                }
            }
            callback.done(doneSync);
        }, this, endpoint, () -> "slng:" + config.getOperation() + " " + StreamIds.label(streamId), callTimeout);
        endpoint.statistics().started();
        try {
            Message message = exchange.getMessage();
            StreamRequest request = request(message, streamId, header == null && !privateSession, privateSession, config);
            MessageOptions options = MessageOptions.resolve(message, config, MessageOptions.ENVIRONMENT_KEY);
            if (options.operation() != config.getOperation()) {
                throw new SlngException("Header " + SlngConstants.OPERATION + "=" + options.operation() + " cannot change the"
                                        + " operation of slng:" + config.getOperation() + ": a stream endpoint stays a stream");
            }
            if (tts != null) {
                tts.process(message, options, request, inFlight);
            } else {
                stt.process(message, options, request, inFlight);
            }
        } catch (Throwable e) {
            inFlight.complete(null, e);
        }
        return inFlight.returnFromProcess();
    }

    private static StreamRequest request(Message message, String streamId, boolean unkeyed, boolean privateSession,
                                         SlngConfiguration config)
            throws SlngException {
        StreamCommand command = StreamCommand.of(message.removeHeader(SlngConstants.STREAM_COMMAND));
        Object flush = message.removeHeader(SlngConstants.FLUSH);
        StreamCommand effective = privateSession && command == null ? StreamCommand.CLOSE : command;
        // without chunking each message is an utterance; chunked text (tokens) ends its turn with a flush
        boolean flushes = flush == null ? config.getTextChunking() == SlngTextChunking.NONE : Boolean.parseBoolean(flush.toString());
        return new StreamRequest(streamId, unkeyed, effective, flushes, config.isReplyWithResult(), config.getChunkSize(),
                config.isRealTimePacing(), config.getTextChunking());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SlngConfiguration config = endpoint.getConfiguration();
        if (config.getOperation() == SlngOperation.TTS_STREAM) {
            tts = new TtsStream(endpoint.sessions(), endpoint.address(), config.getSpeed(), config.getInitConfig(),
                    endpoint.getComponent().streamSenders());
        } else {
            StreamSettings.requireReplayable(config.getEncoding());
            stt = new SttStream(endpoint.sessions(), endpoint.address(), config.getInitConfig(),
                    endpoint.getComponent().streamSenders());
        }
        endpoint.sessions().retain();
        healthCheck = ProducerHealthChecks.register(endpoint.getCamelContext(), SlngStreamHealthCheck.forProducer(endpoint),
                endpoint.getComponent().isHealthCheckProducerEnabled());
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().inFlight().interruptAll(this, exchange -> new SlngException(
                exchange + " was interrupted: its route or producer stopped"));
        endpoint.releaseSessions();
        if (healthCheck != null) {
            healthCheck.remove();
            healthCheck = null;
        }
        super.doStop();
    }
}
