package dev.camelslng.component.stream;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.protocol.stream.ServerMessage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TTS bridge inside a session. The bridge's audio names no utterance, so audio and ends are given to the utterances
 * in the order they were sent (as pipecat does). An utterance ends at {@code flushed} or {@code audio_end}; when a server
 * sends both, the second, arriving before any new audio, belongs to the same utterance. After a drop every utterance
 * not ended is sent again, its chunks counted anew and its first new chunk marked as a restart; an ended utterance is
 * never sent again.
 */
final class TtsProtocol implements SessionProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(TtsProtocol.class);
    static final String AUDIO_EVENT = "audio";

    private final StreamSession session;
    private final String init;
    private final ArrayDeque<Utterance> pending = new ArrayDeque<>();
    private Utterance open;
    private long nextIndex = 1;
    private boolean clearing;
    private String lastEnd;
    private long resentBytes;

    TtsProtocol(StreamSession session) {
        this.session = session;
        this.init = session.settings().initMessage(false);
    }

    @Override
    public String initMessage() {
        return init;
    }

    /** Sends text; with {@code flush} it ends the utterance, whose whole audio {@code waiter} (if any) gets. */
    void text(SessionLink link, String text, boolean flush, InFlightExchange waiter) {
        if (open == null) {
            open = new Utterance(nextIndex++);
            pending.add(open);
        }
        Utterance utterance = open;
        utterance.append(text);
        if (flush) {
            utterance.flush();
            open = null;
            if (waiter != null) {
                utterance.awaitedBy(waiter);
            }
        }
        link.sendText(ClientMessages.text(text, flush));
    }

    /** Ends the utterance being written; a flush with nothing written is not sent (its lone {@code flushed} would confuse the order). */
    void flush(SessionLink link, InFlightExchange waiter) {
        if (open == null) {
            if (waiter != null) {
                session.runOnWorker(() -> waiter.complete(message -> message.setBody(new byte[0]), null));
            }
            return;
        }
        open.flush();
        if (waiter != null) {
            open.awaitedBy(waiter);
        }
        open = null;
        link.sendText(ClientMessages.FLUSH);
    }

    /** The failure of an exchange that waited for the audio of an utterance a barge-in cleared. */
    static SlngException clearedByBargeIn() {
        return new SlngException("The utterance was cleared by a barge-in (CamelSlngStreamCommand=clear) before its audio ended");
    }

    /** Barge-in: forget every utterance not ended, drop its audio (also what waits for the consumer), tell the server. */
    void clear(SessionLink link) {
        SlngException interrupted = clearedByBargeIn();
        for (Utterance utterance : pending) {
            utterance.clear();
            failWaiter(utterance, interrupted);
        }
        pending.clear();
        open = null;
        lastEnd = null;
        if (link != null) {
            clearing = true;
            link.sendText(ClientMessages.CLEAR);
        }
    }

    @Override
    public void resume(SessionLink link) {
        clearing = false;
        lastEnd = null;
        for (Utterance utterance : pending) {
            utterance.restart();
            resentBytes += utterance.textBytes();
            link.sendText(ClientMessages.text(utterance.text(), utterance.flushed()));
        }
    }

    @Override
    public void onMessage(ServerMessage message) {
        switch (message.type()) {
            case ServerMessage.AUDIO_CHUNK -> {
                String data = message.text("data");
                if (data != null) {
                    onAudio(Base64.getDecoder().decode(data));
                }
            }
            case ServerMessage.FLUSHED, ServerMessage.AUDIO_END, "done" -> onEnd(message.type());
            case ServerMessage.CLEARED -> clearing = false;
            default -> LOG.trace("{} ignored a {} message", session, message.type());
        }
    }

    @Override
    public void onBinary(byte[] data) {
        onAudio(data);
    }

    private void onAudio(byte[] data) {
        Utterance utterance = pending.peekFirst();
        if (clearing || utterance == null || data.length == 0) {
            return;
        }
        lastEnd = null;
        int sequence = utterance.chunk(data);
        Map<String, Object> headers = headers(utterance, AUDIO_EVENT, sequence);
        headers.put(SlngConstants.FIRST_CHUNK, sequence == 0);
        headers.put(SlngConstants.LAST_CHUNK, false);
        headers.put(SlngConstants.UTTERANCE_RESTART, sequence == 0 && utterance.restarted());
        session.emit(new StreamEvent(data, headers, () -> !utterance.cleared()));
    }

    private void onEnd(String type) {
        if (clearing) {
            return;
        }
        if (lastEnd != null && !lastEnd.equals(type)) {
            lastEnd = null;
            return;
        }
        Utterance utterance = pending.peekFirst();
        if (utterance == null || !utterance.flushed()) {
            return;
        }
        pending.poll();
        lastEnd = type;
        Map<String, Object> headers = headers(utterance, ServerMessage.AUDIO_END, utterance.chunks());
        headers.put(SlngConstants.FIRST_CHUNK, utterance.chunks() == 0);
        headers.put(SlngConstants.LAST_CHUNK, true);
        headers.put(SlngConstants.UTTERANCE_RESTART, false);
        session.emit(StreamEvent.of(new byte[0], headers));
        InFlightExchange waiter = utterance.waiter();
        if (waiter != null) {
            byte[] audio = utterance.audio();
            session.runOnWorker(() -> waiter.complete(message -> {
                message.setBody(audio);
                message.setHeader(Exchange.CONTENT_TYPE, "audio/pcm");
                message.setHeader(SlngConstants.UTTERANCE_INDEX, utterance.index());
                message.setHeader(SlngConstants.SAMPLE_RATE, session.settings().sampleRate());
                message.setHeader(SlngConstants.ENCODING, session.settings().encoding());
            }, null));
        }
    }

    private Map<String, Object> headers(Utterance utterance, String event, int sequence) {
        Map<String, Object> headers = new HashMap<>(12);
        headers.put(SlngConstants.STREAM_EVENT, event);
        headers.put(SlngConstants.UTTERANCE_INDEX, utterance.index());
        headers.put(SlngConstants.CHUNK_SEQUENCE, sequence);
        headers.put(SlngConstants.SAMPLE_RATE, session.settings().sampleRate());
        headers.put(SlngConstants.ENCODING, session.settings().encoding());
        return headers;
    }

    @Override
    public boolean hasUnfinishedWork() {
        return !pending.isEmpty();
    }

    @Override
    public boolean awaitsAnswer() {
        return pending.stream().anyMatch(Utterance::flushed);
    }

    @Override
    public void abandon(Throwable cause) {
        for (Utterance utterance : pending) {
            failWaiter(utterance, cause);
        }
        pending.clear();
        open = null;
    }

    private void failWaiter(Utterance utterance, Throwable cause) {
        InFlightExchange waiter = utterance.waiter();
        if (waiter != null) {
            session.runOnWorker(() -> waiter.complete(null, cause));
        }
    }

    @Override
    public long retainedBytes() {
        return pending.stream().mapToLong(Utterance::textBytes).sum();
    }

    @Override
    public long resentBytes() {
        return resentBytes;
    }
}
