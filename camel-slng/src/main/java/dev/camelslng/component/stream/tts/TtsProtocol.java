package dev.camelslng.component.stream.tts;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.audio.G711;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.protocol.stream.ServerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.SessionProtocol;
import dev.camelslng.component.stream.session.StreamEvent;
import dev.camelslng.component.stream.session.SessionLink;

/**
 * The TTS bridge inside a session: the server's frames turned into events, audio and ends given to the
 * {@link PendingUtterances} in the order they were sent (the bridge's audio names no utterance; pipecat does the same).
 * An utterance ends at {@code flushed} or {@code audio_end}; when a server sends both, the second, arriving before any
 * new audio, belongs to the same utterance. After a drop, an utterance's first new chunk is marked as a restart.
 */
final class TtsProtocol implements SessionProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(TtsProtocol.class);
    static final String AUDIO_EVENT = "audio";

    private final StreamSession session;
    private final String init;
    private final PendingUtterances utterances;
    private boolean clearing;
    private String lastEnd;
    private long finished;
    private long clears;

    TtsProtocol(StreamSession session) {
        this.session = session;
        this.init = session.settings().initMessage(false);
        this.utterances = new PendingUtterances(session);
    }

    @Override
    public String initMessage() {
        return init;
    }

    /** Where a producer's text goes. */
    PendingUtterances utterances() {
        return utterances;
    }

    /**
     * Barge-in: forget every utterance not ended and tell the server; its audio still on the way is dropped until
     * {@code cleared}, which a server that ignores {@code clear} never sends: then a new connection takes over.
     */
    void clear(SessionLink link) {
        utterances.clear();
        lastEnd = null;
        if (link != null) {
            clearing = true;
            long clear = ++clears;
            link.sendText(ClientMessages.CLEAR);
            session.expectAnswer(link, "cleared after a clear", () -> clearing && clears == clear);
        }
    }

    @Override
    public void resume(SessionLink link) {
        clearing = false;
        lastEnd = null;
        utterances.resend(link);
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
            case ServerMessage.CLEARED -> {
                clearing = false;
                finished++;
            }
            default -> LOG.trace("{} ignored a {} message", session, message.type());
        }
    }

    @Override
    public void onBinary(byte[] data) {
        onAudio(data);
    }

    private void onAudio(byte[] data) {
        Utterance utterance = utterances.oldest();
        if (clearing || utterance == null || data.length == 0) {
            return;
        }
        lastEnd = null;
        G711 phone = session.settings().phone();
        byte[] audio = phone != null ? phone.encode(data) : data;
        int sequence = utterance.chunk(audio);
        Map<String, Object> headers = headers(utterance, AUDIO_EVENT, sequence, false);
        session.emit(new StreamEvent(audio, headers, () -> !utterance.cleared()));
    }

    private void onEnd(String type) {
        if (clearing) {
            return;
        }
        if (lastEnd != null && !lastEnd.equals(type)) {
            lastEnd = null;
            return;
        }
        Utterance utterance = utterances.oldest();
        if (utterance == null || !utterance.flushed()) {
            return;
        }
        utterances.removeOldest();
        lastEnd = type;
        finished++;
        session.emit(StreamEvent.of(new byte[0], headers(utterance, ServerMessage.AUDIO_END, utterance.chunks(), true)));
        utterances.answer(utterance);
    }

    /** The headers of an audio chunk or, with {@code last}, of the end of the utterance's audio (which is no restart). */
    private Map<String, Object> headers(Utterance utterance, String event, int sequence, boolean last) {
        Map<String, Object> headers = new HashMap<>(12);
        headers.put(SlngConstants.STREAM_EVENT, event);
        headers.put(SlngConstants.UTTERANCE_INDEX, utterance.index());
        headers.put(SlngConstants.CHUNK_SEQUENCE, sequence);
        headers.put(SlngConstants.SAMPLE_RATE, session.settings().sampleRate());
        headers.put(SlngConstants.ENCODING, session.settings().callerEncoding());
        headers.put(SlngConstants.FIRST_CHUNK, sequence == 0);
        headers.put(SlngConstants.LAST_CHUNK, last);
        headers.put(SlngConstants.UTTERANCE_RESTART, !last && sequence == 0 && utterance.restarted());
        return headers;
    }

    @Override
    public boolean hasUnfinishedWork() {
        return !utterances.isEmpty();
    }

    @Override
    public String owed() {
        return "the audio of " + utterances.size() + " utterances";
    }

    @Override
    public long finished() {
        return finished;
    }

    @Override
    public boolean awaitsAnswer() {
        return utterances.anyFlushed();
    }

    @Override
    public void abandon(Throwable cause) {
        utterances.abandon(cause);
    }

    @Override
    public long retainedBytes() {
        return utterances.textBytes();
    }

    @Override
    public long resentBytes() {
        return utterances.resentBytes();
    }
}
