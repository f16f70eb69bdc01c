package dev.camelslng.component.stream.stt;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.protocol.stream.ServerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.SessionProtocol;
import dev.camelslng.component.stream.session.StreamEvent;
import dev.camelslng.component.stream.session.SessionLink;

/**
 * The STT bridge inside a session: the server's transcripts turned into events and into the replies of the exchanges
 * that wait for them. The audio goes out as binary frames through {@link UncoveredAudio}, which decides what a final covers.
 */
final class SttProtocol implements SessionProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(SttProtocol.class);

    private final StreamSession session;
    private final String init;
    private final UncoveredAudio audio;
    private final ArrayDeque<TranscriptWaiter> waiters = new ArrayDeque<>();
    private long finals;

    SttProtocol(StreamSession session, long replayCapacity) {
        this.session = session;
        this.init = session.settings().initMessage(true);
        this.audio = new UncoveredAudio(session, replayCapacity);
    }

    @Override
    public String initMessage() {
        return init;
    }

    /** The exchange will reply with the finals of the audio that follows, up to its finalize. */
    void awaitTranscripts(InFlightExchange exchange) {
        waiters.add(new TranscriptWaiter(exchange, audio.end()));
    }

    void audio(SessionLink link, byte[] chunk) {
        audio.send(link, chunk);
    }

    /** Asks for the finals of everything sent so far; the waiting exchange, if any, is answered by them. */
    void finalize(SessionLink link, InFlightExchange exchange) {
        long mark = audio.finalizeSent();
        for (TranscriptWaiter waiter : waiters) {
            if (waiter.exchange() == exchange) {
                waiter.until(mark);
            }
        }
        link.sendText(ClientMessages.FINALIZE);
    }

    @Override
    public void resume(SessionLink link) {
        long coveredBefore = audio.covered();
        long lostUpTo = audio.resend(link);
        if (lostUpTo >= 0) {
            String why = audio.lost(lostUpTo, coveredBefore);
            SlngException lost = new SlngException(why);
            session.emit(StreamEvent.error(why, "audio_lost", why, 0));
            for (Iterator<TranscriptWaiter> it = waiters.iterator(); it.hasNext();) {
                TranscriptWaiter waiter = it.next();
                if (waiter.start() < lostUpTo) {
                    it.remove();
                    session.runOnWorker(() -> waiter.exchange().complete(null, lost));
                }
            }
        }
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
        long reached = audio.cover(duration, message.field("words"), transcript.isBlank());
        finals++;
        session.emit(StreamEvent.of(transcript, transcriptHeaders(message, true)));
        for (Iterator<TranscriptWaiter> it = waiters.iterator(); it.hasNext();) {
            TranscriptWaiter waiter = it.next();
            if (waiter.offer(transcript, duration, reached, audio.answered())) {
                it.remove();
                session.runOnWorker(waiter::reply);
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
        return audio.hasUncovered();
    }

    @Override
    public String owed() {
        return audio.owed();
    }

    @Override
    public long finished() {
        return finals;
    }

    @Override
    public boolean awaitsAnswer() {
        return audio.awaitsFinalize() || !waiters.isEmpty();
    }

    @Override
    public void abandon(Throwable cause) {
        waiters.forEach(waiter -> session.runOnWorker(() -> waiter.exchange().complete(null, cause)));
        waiters.clear();
        audio.abandon();
    }

    @Override
    public long retainedBytes() {
        return audio.retainedBytes();
    }

    @Override
    public long resentBytes() {
        return audio.resentBytes();
    }
}
