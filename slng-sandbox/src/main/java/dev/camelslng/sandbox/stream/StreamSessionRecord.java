package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.fault.SandboxRoute;

import java.util.ArrayList;
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
    private final List<String> texts = new ArrayList<>();
    private final List<String> finals = new ArrayList<>();
    private String initJson;
    private int flushes;
    private int clears;
    private int keepalives;
    private int pings;
    private long audioBytesReceived;
    private long finalBytes;
    private int utterancesCompleted;
    private int readPauses;
    private long audioBytesSent;
    private int audioPieces;
    private int audioPiecesAtFirstChunk;
    private boolean open = true;
    private Integer closeCode;
    private boolean dropped;

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
     * @return the upgrade request's headers (first value of each, looked up case-insensitively, unmodifiable) without
     *         the credentials {@code Authorization}, {@code X-API-Key} and {@code X-Slng-Provider-Key}, as in recorded
     *         requests
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the first message as received, or null before it arrived */
    public synchronized String initJson() {
        return initJson;
    }

    /** @return the TTS {@code text} fields, in order */
    public synchronized List<String> texts() {
        return List.copyOf(texts);
    }

    /** @return the TTS flushes: {@code flush} messages plus {@code text} messages with {@code flush:true} */
    public synchronized int flushes() {
        return flushes;
    }

    /** @return the {@code clear} messages */
    public synchronized int clears() {
        return clears;
    }

    /** @return the {@code keepalive} messages */
    public synchronized int keepalives() {
        return keepalives;
    }

    /** @return the WebSocket ping frames received */
    public synchronized int pings() {
        return pings;
    }

    /** @return the STT PCM bytes received (a leading WAV header not counted) */
    public synchronized long audioBytesReceived() {
        return audioBytesReceived;
    }

    /** @return the STT {@code final_transcript} texts, in order */
    public synchronized List<String> finals() {
        return List.copyOf(finals);
    }

    /** @return the STT PCM bytes the finals covered, in total */
    public synchronized long finalBytes() {
        return finalBytes;
    }

    /**
     * @return how many times the STT bridge stopped reading this connection because its decoder fell behind
     *         (backpressure); it reads on once the decoder caught up
     */
    public synchronized int readPauses() {
        return readPauses;
    }

    /** @return the TTS utterances whose {@code audio_end} was sent */
    public synchronized int utterancesCompleted() {
        return utterancesCompleted;
    }

    /** @return the TTS PCM bytes sent */
    public synchronized long audioBytesSent() {
        return audioBytesSent;
    }

    /**
     * @return the TTS audio pieces the engine handed to this session as it synthesized: one per utterance from the tone
     *         engine, one per FreeTTS utterance (a sentence or phrase) from the real engine
     */
    public synchronized int audioPieces() {
        return audioPieces;
    }

    /**
     * @return how many {@link #audioPieces() pieces} had arrived when the session's first audio chunk was sent, 0 before
     *         it: fewer than all of them shows that audio went out before the whole text was synthesized
     */
    public synchronized int audioPiecesAtFirstChunk() {
        return audioPiecesAtFirstChunk;
    }

    /** @return whether the connection is still open */
    public synchronized boolean open() {
        return open;
    }

    /** @return the close code (sent by the server, else received from the client), null when none was exchanged */
    public synchronized Integer closeCode() {
        return closeCode;
    }

    /** @return whether the sandbox dropped the TCP connection without a close frame */
    public synchronized boolean dropped() {
        return dropped;
    }

    synchronized void init(String json) {
        this.initJson = json;
    }

    synchronized void text(String text) {
        texts.add(text);
    }

    synchronized void flush() {
        flushes++;
    }

    synchronized void clear() {
        clears++;
    }

    synchronized void keepalive() {
        keepalives++;
    }

    synchronized void ping() {
        pings++;
    }

    synchronized void audioReceived(long totalBytes) {
        audioBytesReceived = totalBytes;
    }

    synchronized void finalTranscript(String transcript, long bytes) {
        finals.add(transcript);
        finalBytes += bytes;
    }

    synchronized void readPaused() {
        readPauses++;
    }

    synchronized void utteranceCompleted() {
        utterancesCompleted++;
    }

    synchronized void audioPiece() {
        audioPieces++;
    }

    synchronized void audioSent(long bytes) {
        if (audioBytesSent == 0) {
            audioPiecesAtFirstChunk = audioPieces;
        }
        audioBytesSent += bytes;
    }

    synchronized void closing(int code) {
        if (closeCode == null) {
            closeCode = code;
        }
    }

    synchronized void dropping() {
        dropped = true;
    }

    synchronized void ended(Short remoteCloseCode) {
        open = false;
        if (closeCode == null && remoteCloseCode != null && !dropped) {
            closeCode = (int) remoteCloseCode;
        }
    }

    @Override
    public synchronized String toString() {
        return "StreamSessionRecord[" + route + " " + model + " " + sessionId + ", open=" + open + ", closeCode=" + closeCode
               + ", dropped=" + dropped + "]";
    }
}
