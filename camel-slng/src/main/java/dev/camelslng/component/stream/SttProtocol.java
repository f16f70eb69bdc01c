package dev.camelslng.component.stream;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.protocol.stream.ServerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The STT bridge inside a session. Audio goes out as binary frames and is kept until a final transcript covers it; a
 * final covers the audio its {@code duration} adds up to on its connection (or, without one, up to the pending
 * {@code finalize}, else everything sent). After a drop the new connection gets the uncovered audio again, with the
 * unanswered {@code finalize}s where they were, so the finals of all connections together cover the audio exactly once.
 */
final class SttProtocol implements SessionProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(SttProtocol.class);

    private final StreamSession session;
    private final String init;
    private final int bytesPerSecond;
    private final ReplayBuffer replay;
    private final ArrayDeque<Long> finalizes = new ArrayDeque<>();
    private final ArrayDeque<TranscriptWaiter> waiters = new ArrayDeque<>();
    private long covered;
    private long connectionStart;
    private double connectionSeconds;
    private long resentBytes;

    SttProtocol(StreamSession session, long replayCapacity) {
        this.session = session;
        this.init = session.settings().initMessage(true);
        this.bytesPerSecond = session.settings().bytesPerSecond();
        this.replay = new ReplayBuffer(replayCapacity);
    }

    @Override
    public String initMessage() {
        return init;
    }

    /** The exchange will reply with the finals of the audio that follows, up to its finalize. */
    void awaitTranscripts(InFlightExchange exchange) {
        waiters.add(new TranscriptWaiter(exchange, replay.end()));
    }

    void audio(SessionLink link, byte[] chunk) {
        replay.append(chunk, session);
        link.sendBinary(chunk, 0, chunk.length);
    }

    /** Asks for the finals of everything sent so far; the waiting exchange, if any, is answered by them. */
    void finalize(SessionLink link, InFlightExchange exchange) {
        long mark = replay.end();
        finalizes.add(mark);
        for (TranscriptWaiter waiter : waiters) {
            if (waiter.exchange() == exchange) {
                waiter.until(mark);
            }
        }
        link.sendText(ClientMessages.FINALIZE);
    }

    @Override
    public void resume(SessionLink link) {
        connectionStart = Math.max(covered, replay.start());
        connectionSeconds = 0;
        long[] position = {connectionStart};
        for (long mark : finalizes) {
            replay.forEach(position[0], mark, link::sendBinary);
            link.sendText(ClientMessages.FINALIZE);
            position[0] = Math.max(position[0], mark);
        }
        replay.forEach(position[0], replay.end(), link::sendBinary);
        resentBytes += replay.end() - connectionStart;
    }

    @Override
    public void onMessage(ServerMessage message) {
        switch (message.type()) {
            case ServerMessage.FINAL_TRANSCRIPT -> onFinal(message);
            case ServerMessage.PARTIAL_TRANSCRIPT -> session.emit(StreamEvent.of(transcript(message), transcriptHeaders(message, false)));
            case ServerMessage.UTTERANCE_END -> {
                Map<String, Object> headers = new HashMap<>();
                headers.put(SlngConstants.STREAM_EVENT, ServerMessage.UTTERANCE_END);
                putIfSet(headers, SlngConstants.LAST_WORD_END, message.number("last_word_end"));
                session.emit(StreamEvent.of(null, headers));
            }
            default -> LOG.trace("{} ignored a {} message", session, message.type());
        }
    }

    @Override
    public void onBinary(byte[] data) {
        LOG.debug("{} ignored a binary frame of {} bytes: the STT bridge sends JSON", session, data.length);
    }

    private void onFinal(ServerMessage message) {
        String transcript = transcript(message);
        Double duration = message.number("duration");
        long reached;
        if (duration != null) {
            connectionSeconds += duration;
            reached = connectionStart + Math.round(connectionSeconds * bytesPerSecond / 2) * 2;
        } else {
            reached = finalizes.isEmpty() ? replay.end() : finalizes.peek();
        }
        long tolerance = bytesPerSecond / 50;
        while (!finalizes.isEmpty() && reached + tolerance >= finalizes.peek()) {
            reached = Math.max(reached, finalizes.poll());
        }
        covered = Math.max(covered, Math.min(reached, replay.end()));
        replay.releaseUpTo(covered);
        session.emit(StreamEvent.of(transcript, transcriptHeaders(message, true)));
        for (Iterator<TranscriptWaiter> it = waiters.iterator(); it.hasNext();) {
            TranscriptWaiter waiter = it.next();
            waiter.offer(transcript, duration, covered);
            if (waiter.answeredBy(covered)) {
                it.remove();
                session.runOnWorker(() -> waiter.exchange().complete(reply -> {
                    reply.setBody(waiter.transcript());
                    reply.setHeader(SlngConstants.TRANSCRIPTS, waiter.finals());
                    reply.setHeader(SlngConstants.DURATION, waiter.seconds());
                }, null));
            }
        }
    }

    private static String transcript(ServerMessage message) {
        String text = message.text("transcript");
        return text != null ? text : "";
    }

    private Map<String, Object> transcriptHeaders(ServerMessage message, boolean isFinal) {
        Map<String, Object> headers = new HashMap<>(10);
        headers.put(SlngConstants.STREAM_EVENT, isFinal ? ServerMessage.FINAL_TRANSCRIPT : ServerMessage.PARTIAL_TRANSCRIPT);
        headers.put(SlngConstants.FINAL, isFinal);
        putIfSet(headers, SlngConstants.TRANSCRIPT_CONFIDENCE, message.number("confidence"));
        putIfSet(headers, SlngConstants.TRANSCRIPT_LANGUAGE, message.text("language"));
        putIfSet(headers, SlngConstants.DURATION, message.number("duration"));
        if (message.field("words").isArray()) {
            headers.put(SlngConstants.WORDS, SlngJson.MAPPER.convertValue(message.field("words"), List.class));
        }
        return headers;
    }

    private static void putIfSet(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    @Override
    public boolean hasUnfinishedWork() {
        return replay.end() > covered || !finalizes.isEmpty();
    }

    @Override
    public boolean awaitsAnswer() {
        return !finalizes.isEmpty() || !waiters.isEmpty();
    }

    @Override
    public void abandon(Throwable cause) {
        for (TranscriptWaiter waiter : waiters) {
            session.runOnWorker(() -> waiter.exchange().complete(null, cause));
        }
        waiters.clear();
        finalizes.clear();
    }

    @Override
    public long retainedBytes() {
        return replay.size();
    }

    @Override
    public long resentBytes() {
        return resentBytes;
    }
}
