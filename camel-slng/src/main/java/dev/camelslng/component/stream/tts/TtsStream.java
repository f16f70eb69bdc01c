package dev.camelslng.component.stream.tts;

import java.util.List;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.gateway.BridgeUris;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.LastGatewayHeaders;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.operation.TextBody;
import org.apache.camel.Message;
import org.apache.hc.core5.http.Header;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.StreamRequest;
import dev.camelslng.component.stream.session.StreamCommand;
import dev.camelslng.component.stream.session.StreamSettings;
import dev.camelslng.component.stream.session.Outbound;
import dev.camelslng.component.stream.session.StreamSessions;

/**
 * {@code slng:tts-stream} producers: the body is text for the stream's session; by default one message is one flushed
 * utterance. The exchange completes once the text is sent, or, with {@code replyWithResult}, with the utterance's audio.
 * The caller's thread never waits: a message that finds the send queue full is handed to a worker that waits for room.
 */
public final class TtsStream {

    private static final String OPERATION = "slng:tts-stream";

    private final StreamSessions sessions;
    private final BridgeUris uris;
    private final Double speed;
    private final ObjectNode initConfig;
    private final LastGatewayHeaders gatewayHeaders = new LastGatewayHeaders();
    private final Executor workers;

    /** @throws SlngException when {@code initConfig} is not a JSON object */
    public TtsStream(StreamSessions sessions, GatewayAddress address, Double speed, String initConfig, Executor workers)
            throws SlngException {
        this.sessions = sessions;
        this.workers = workers;
        this.uris = new BridgeUris(address, "tts");
        this.speed = speed;
        this.initConfig = StreamSettings.parseConfig(initConfig);
    }

    /** Starts the message's work; {@code inFlight} completes now or later, exactly once. */
    public void process(Message message, MessageOptions options, StreamRequest request, InFlightExchange inFlight)
            throws SlngException {
        StreamCommand command = request.command();
        if (command == StreamCommand.FINALIZE) {
            throw new SlngException("CamelSlngStreamCommand=finalize is an stt-stream command; tts-stream takes flush, clear"
                                    + " or close");
        }
        if (command == StreamCommand.CLEAR || command == StreamCommand.CLOSE) {
            StreamSession session = sessions.find(request.streamId());
            if (session != null && command == StreamCommand.CLEAR) {
                session.locked(link -> {
                    session.dropQueued(PendingUtterances.clearedByBargeIn());
                    ((TtsProtocol) session.protocol()).clear(link);
                });
            } else if (session != null) {
                session.closeAfterQueued("CamelSlngStreamCommand=close");
            }
            inFlight.complete(StreamSession.sentResult(request.streamId(), session), null);
            return;
        }
        boolean flush = request.flush() || command == StreamCommand.FLUSH;
        String text = command == StreamCommand.FLUSH && isEmpty(message.getBody()) ? "" : TextBody.tokenOf(message, OPERATION);
        StreamSettings settings = StreamSettings.of(options, speed, initConfig, null);
        List<Header> gateway = gatewayHeaders.of(options);
        StreamSession session = sessions.sessionFor(request.streamId(), settings, gateway, context -> new StreamSession(
                request.streamId(), "tts", settings, uris.of(options.model()), gateway, context, TtsProtocol::new));
        PendingUtterances utterances = ((TtsProtocol) session.protocol()).utterances();
        InFlightExchange waiter = request.replyWithResult() && flush ? inFlight : null;
        Outbound item = new Outbound(link -> utterances.say(link, text, request.textChunking(), flush, waiter), inFlight, waiter == null);
        if (session.hasRoom()) {
            complete(session.sendAdmitted(item), request, session, inFlight, waiter);
            return;
        }
        // the send queue is full: a worker waits for room, never the caller's thread
        workers.execute(() -> {
            try {
                complete(session.send(item, sessions.options().sendQueueTimeout()), request, session, inFlight, waiter);
            } catch (Throwable e) {
                // whatever goes wrong on the worker, the exchange completes: nobody else would complete it
                inFlight.complete(null, e);
            }
        });
    }

    /** A message sent at once completes now, unless it waits for its audio; a queued one completes once it is written. */
    private static void complete(StreamSession.Offer offer, StreamRequest request, StreamSession session, InFlightExchange inFlight,
                                 InFlightExchange waiter) {
        if (offer == StreamSession.Offer.SENT && waiter == null) {
            inFlight.complete(StreamSession.sentResult(request.streamId(), session), null);
        }
    }

    private static boolean isEmpty(Object body) {
        return body == null || body instanceof CharSequence text && text.toString().isBlank();
    }

}
