package dev.camelslng.component.stream.stt;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.audio.G711;
import dev.camelslng.component.gateway.BridgeUris;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.LastGatewayHeaders;
import dev.camelslng.component.inflight.InFlightExchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.Header;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.StreamRequest;
import dev.camelslng.component.stream.session.StreamCommand;
import dev.camelslng.component.stream.session.StreamSettings;
import dev.camelslng.component.stream.session.Outbound;
import dev.camelslng.component.stream.session.StreamSessions;

/**
 * {@code slng:stt-stream} producers: the body is audio for the stream's session, sent as binary frames of
 * {@code chunkSize} bytes, optionally at real-time pace. Bytes already in memory go out from the calling thread; a file or
 * stream, and a message that finds the send queue full, is sent by a worker, so the caller is never held. The exchange
 * completes once its audio is sent, or, with {@code replyWithResult}, with the final transcripts of its audio.
 */
public final class SttStream {

    private static final String OPERATION = "slng:stt-stream";
    private static final long WRITABLE_CHECK_MILLIS = 100;

    private final StreamSessions sessions;
    private final BridgeUris uris;
    private final ObjectNode initConfig;
    private final LastGatewayHeaders gatewayHeaders = new LastGatewayHeaders();
    private final Executor workers;

    /** @throws SlngException when {@code initConfig} is not a JSON object */
    public SttStream(StreamSessions sessions, GatewayAddress address, String initConfig, Executor workers) throws SlngException {
        this.sessions = sessions;
        this.uris = new BridgeUris(address, "stt");
        this.initConfig = StreamSettings.parseConfig(initConfig);
        this.workers = workers;
    }

    /** Starts the message's work; {@code inFlight} completes now or later, exactly once. */
    public void process(Message message, MessageOptions options, StreamRequest request, InFlightExchange inFlight)
            throws SlngException {
        StreamCommand command = request.command();
        if (command == StreamCommand.FLUSH || command == StreamCommand.CLEAR) {
            throw new SlngException("CamelSlngStreamCommand=" + command.name().toLowerCase(Locale.ROOT)
                                    + " is a tts-stream command; stt-stream takes finalize or close");
        }
        Object body = message.getBody();
        boolean hasAudio = body != null && !(body instanceof byte[] bytes && bytes.length == 0);
        if (!hasAudio && command == StreamCommand.CLOSE) {
            StreamSession session = sessions.find(request.streamId());
            if (session != null) {
                session.closeAfterQueued("CamelSlngStreamCommand=close");
            }
            inFlight.complete(StreamSession.sentResult(request.streamId(), session), null);
            return;
        }
        StreamSettings.requireReplayable(options.encoding());
        AudioSource audio = hasAudio || command == null ? AudioSource.of(message, OPERATION) : null;
        if (request.unkeyed()) {
            try {
                sessions.admitUnkeyed(inFlight, audio != null && (!audio.inMemory() || request.realTime()));
            } catch (SlngException e) {
                if (audio != null) {
                    audio.close();
                }
                throw e;
            }
        }
        StreamSettings settings = StreamSettings.of(options, null, initConfig, audio != null ? audio.wavSampleRate() : null);
        if (settings.phone() != null && audio != null && audio.wavSampleRate() != null) {
            audio.close();
            throw new SlngException("encoding=" + settings.phone().encoding() + " takes raw G.711 bytes, but the body is a"
                                    + " 16-bit PCM WAV: send it without encoding=" + settings.phone().encoding());
        }
        List<Header> gateway = gatewayHeaders.of(options);
        StreamSession session;
        try {
            session = sessions.sessionFor(request.streamId(), settings, gateway, context -> new StreamSession(request.streamId(),
                    "stt", settings, uris.of(options.model()), gateway, context,
                    s -> new SttProtocol(s, context.options().replayBufferSize())));
        } catch (SlngException e) {
            if (audio != null) {
                audio.close();
            }
            throw e;
        }
        // bytes in memory go out from the calling thread, which never waits, when the session has room for them; a file
        // or stream, or a message that must wait for room, is sent by a worker, which waits for the link when it is behind
        boolean inLine = (audio == null || audio.inMemory() && !request.realTime()) && session.hasRoom();
        Runnable send = () -> {
            try {
                send(session, audio, request, inFlight, !inLine);
            } catch (Throwable e) {
                inFlight.complete(null, e);
            } finally {
                if (audio != null) {
                    audio.close();
                }
            }
        };
        if (inLine) {
            send.run();
        } else {
            workers.execute(send);
        }
    }

    private void send(StreamSession session, AudioSource audio, StreamRequest request, InFlightExchange inFlight,
                      boolean onWorker) throws SlngException, IOException {
        SttProtocol stt = (SttProtocol) session.protocol();
        long queueTimeout = sessions.options().sendQueueTimeout();
        boolean reply = request.replyWithResult();
        if (reply) {
            offer(session, new Outbound(link -> stt.awaitTranscripts(inFlight), null, false), onWorker, queueTimeout);
        }
        boolean finalize = reply || request.command() == StreamCommand.FINALIZE;
        long bytesPerSecond = session.settings().bytesPerSecond();
        G711 phone = session.settings().phone();
        long started = System.nanoTime();
        long sent = 0;
        byte[] chunk = next(audio, request);
        while (chunk != null) {
            if (!inFlight.isActive()) {
                return;
            }
            byte[] following = audio.next(request.chunkSize());
            if (request.realTime()) {
                pace(started, sent, bytesPerSecond);
            }
            if (onWorker) {
                awaitWritable(session, inFlight);
            }
            // phone audio goes out as the 16-bit PCM it decodes to: what the replay buffer keeps and the finals cover
            byte[] frame = phone != null ? phone.decode(chunk) : chunk;
            // the last chunk completes a plain message itself: one hand-over to the session per live chunk
            boolean completes = following == null && !finalize;
            Outbound audioFrame = new Outbound(link -> stt.audio(link, frame), completes ? inFlight : null, completes);
            if (offer(session, audioFrame, onWorker, queueTimeout) == StreamSession.Offer.SENT && completes) {
                inFlight.complete(StreamSession.sentResult(request.streamId(), session), null);
            }
            sent += frame.length;
            chunk = following;
        }
        if (finalize || sent == 0) {
            InFlightExchange waiter = reply ? inFlight : null;
            Outbound last = new Outbound(finalize ? link -> stt.finalize(link, waiter) : link -> { }, inFlight, !reply);
            if (offer(session, last, onWorker, queueTimeout) == StreamSession.Offer.SENT && !reply) {
                inFlight.complete(StreamSession.sentResult(request.streamId(), session), null);
            }
        }
        if (request.command() == StreamCommand.CLOSE) {
            session.closeAfterQueued("CamelSlngStreamCommand=close");
        }
    }

    /** A worker may wait for room in the send queue; the caller's thread never does (its message found room). */
    private static StreamSession.Offer offer(StreamSession session, Outbound item, boolean onWorker, long queueTimeout)
            throws SlngException {
        return onWorker ? session.send(item, queueTimeout) : session.sendAdmitted(item);
    }

    private static byte[] next(AudioSource audio, StreamRequest request) throws IOException {
        return audio == null ? null : audio.next(request.chunkSize());
    }

    /** A body streamed by a worker goes out no faster than the link takes it; an interrupted exchange stops waiting. */
    private static void awaitWritable(StreamSession session, InFlightExchange inFlight) throws SlngException {
        try {
            // while the link is behind: the heartbeat drops it if it is dead, the exchange's deadline ends the wait
            boolean writable = session.awaitWritable(WRITABLE_CHECK_MILLIS);
            while (!writable && inFlight.isActive()) {
                writable = session.awaitWritable(WRITABLE_CHECK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlngException("Interrupted while waiting for the stream's connection to take more audio", null, e);
        }
    }

    private static void pace(long started, long sent, long bytesPerSecond) throws SlngException {
        long due = started + TimeUnit.SECONDS.toNanos(sent) / bytesPerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlngException("Interrupted while pacing audio at real time", null, e);
            }
        }
    }
}
