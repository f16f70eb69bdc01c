package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.fault.SandboxRoute;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What happened on one accepted WebSocket bridge connection, for assertions in tests. Updated while the session runs;
 * every accessor returns a snapshot. Credentials are never kept (see {@link #headers()}).
 */
public final class StreamSessionRecord {

    private final SandboxRoute route;
    private final String model;
    private final String sessionId;
    private final Map<String, String> headers;
    final ConnectionRecord connection = new ConnectionRecord();
    final TtsRecord tts = new TtsRecord();
    final SttRecord stt = new SttRecord();

    StreamSessionRecord(SandboxRoute route, String model, String sessionId, Map<String, String> headers) {
        this.route = route;
        this.model = model;
        this.sessionId = sessionId;
        this.headers = headers;
    }

    /** @return {@link SandboxRoute#TTS_STREAM} or {@link SandboxRoute#STT_STREAM} */
    public SandboxRoute route() {
        return route;
    }

    /** @return the model id from the path */
    public String model() {
        return model;
    }

    /** @return the {@code session_id} sent (or to be sent) in {@code ready} */
    public String sessionId() {
        return sessionId;
    }

    /**
     * @return the upgrade request's headers (first value of each, case-insensitive names, unmodifiable) without the
     *         credentials {@code Authorization}, {@code X-API-Key} and {@code X-Slng-Provider-Key}, as in recorded requests
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the first message as received, or null before it arrived */
    public String initJson() {
        return connection.initJson();
    }

    /** @return the TTS {@code text} fields, in order */
    public List<String> texts() {
        return tts.texts();
    }

    /** @return the TTS flushes: {@code flush} messages plus {@code text} messages with {@code flush:true} */
    public int flushes() {
        return tts.flushes();
    }

    /** @return the {@code clear} messages */
    public int clears() {
        return tts.clears();
    }

    /** @return the {@code keepalive} messages */
    public int keepalives() {
        return connection.keepalives();
    }

    /** @return the WebSocket ping frames received */
    public int pings() {
        return connection.pings();
    }

    /** @return the STT PCM bytes received (a leading WAV header not counted) */
    public long audioBytesReceived() {
        return stt.audioBytesReceived();
    }

    /**
     * @return the time from the first STT audio frame this connection received to the last, as the server saw them
     *         arrive: how a test tells audio sent at the pace it is spoken from audio sent at once (zero before any)
     */
    public Duration audioSpan() {
        return stt.audioSpan();
    }

    /** @return the STT {@code final_transcript} texts, in order */
    public List<String> finals() {
        return stt.finals();
    }

    /** @return the STT PCM bytes the finals covered, in total */
    public long finalBytes() {
        return stt.finalBytes();
    }

    /**
     * @return how many times the STT bridge stopped reading this connection because its decoder fell behind
     *         (backpressure); it reads on once the decoder caught up
     */
    public int readPauses() {
        return stt.readPauses();
    }

    /** @return the TTS utterances whose {@code audio_end} was sent */
    public int utterancesCompleted() {
        return tts.utterancesCompleted();
    }

    /** @return the TTS PCM bytes sent */
    public long audioBytesSent() {
        return tts.audioBytesSent();
    }

    /**
     * @return the TTS audio pieces the engine handed to this session as it synthesized: one per utterance from the tone
     *         engine, one per FreeTTS utterance (a sentence or phrase) from the real engine
     */
    public int audioPieces() {
        return tts.audioPieces();
    }

    /**
     * @return how many {@link #audioPieces() pieces} had arrived when the session's first audio chunk was sent, 0 before
     *         it: fewer than all of them shows that audio went out before the whole text was synthesized
     */
    public int audioPiecesAtFirstChunk() {
        return tts.audioPiecesAtFirstChunk();
    }

    /** @return whether the connection is still open */
    public boolean open() {
        return connection.open();
    }

    /** @return the close code (sent by the server, else received from the client), null when none was exchanged */
    public Integer closeCode() {
        return connection.closeCode();
    }

    /** @return whether the sandbox dropped the TCP connection without a close frame */
    public boolean dropped() {
        return connection.dropped();
    }

    @Override
    public String toString() {
        return "StreamSessionRecord[" + route + " " + model + " " + sessionId + ", " + connection + "]";
    }
}
