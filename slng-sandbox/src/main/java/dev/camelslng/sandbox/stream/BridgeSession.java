package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.StreamEffects;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * The part both bridges share: {@code init} first (else close 1008), {@code linear16} only (else {@code config_error}
 * and 1008), then {@code ready} as the fault allows (delayed, never, followed by an error, or a black hole), then the
 * bridge's own messages. Messages arriving before {@code ready} wait in the paused socket until it is sent.
 * Runs on the connection's event loop only.
 */
abstract class BridgeSession implements StreamSocket.Listener {

    static final int POLICY_VIOLATION = 1008;
    static final int NORMAL_CLOSURE = 1000;
    static final int DEFAULT_SAMPLE_RATE = 16_000;

    protected final Vertx vertx;
    protected final StreamSocket socket;
    protected final StreamSessionRecord record;
    protected final StreamEffects effects;
    private final Runnable onEnd;
    private boolean initialised;
    private boolean answerFailed;

    BridgeSession(Vertx vertx, StreamSocket socket, StreamSessionRecord record, StreamEffects effects, Runnable onEnd) {
        this.vertx = vertx;
        this.socket = socket;
        this.record = record;
        this.effects = effects;
        this.onEnd = onEnd;
    }

    /** Takes the validated {@code init}; the session's settings are fixed from now on. */
    protected abstract void configure(JsonNode init, JsonNode config, int sampleRate);

    /** A message after {@code init}, other than {@code keepalive}. */
    protected abstract void onMessage(String type, JsonNode message);

    /** Audio (a binary frame) after {@code init}. */
    protected abstract void onAudio(byte[] audio);

    /** The connection ended, whoever ended it: stop any work. */
    protected void stop() {
    }

    @Override
    public final void onText(String text) {
        JsonNode json = Messages.parseObject(text);
        String type = json == null ? "" : json.path("type").asText("");
        if (!initialised) {
            if ("init".equals(type)) {
                record.connection.init(text);
                initialise(json);
            } else {
                socket.close(POLICY_VIOLATION);
            }
        } else if ("keepalive".equals(type)) {
            record.connection.keepalive();
        } else if (json == null) {
            socket.send(Messages.error("invalid_request", "Messages must be JSON objects"));
        } else {
            onMessage(type, json);
        }
    }

    @Override
    public final void onBinary(Buffer data) {
        if (initialised) {
            onAudio(data.getBytes());
        } else {
            socket.close(POLICY_VIOLATION);
        }
    }

    @Override
    public final void onEnd() {
        stop();
        onEnd.run();
    }

    /**
     * Whether the fault makes this answer (a flush or a finalize) an error frame instead; only the connection's first.
     */
    protected boolean answersWithError() {
        if (effects.answerErrorCode() == null || answerFailed) {
            return false;
        }
        answerFailed = true;
        socket.send(Messages.error(effects.answerErrorCode(), effects.answerErrorMessage()));
        return true;
    }

    protected void unknown(String type) {
        socket.send(Messages.error("invalid_request", "Unknown message type: " + type));
    }

    private void initialise(JsonNode init) {
        JsonNode config = init.path("config");
        String encoding = config.path("encoding").asText("linear16");
        int sampleRate = config.path("sample_rate").asInt(DEFAULT_SAMPLE_RATE);
        if (!"linear16".equals(encoding) || sampleRate < 1) {
            String problem = sampleRate < 1 ? "Invalid sample_rate: " + config.path("sample_rate")
                    : "Unsupported encoding: " + encoding + "; the sandbox serves linear16 only";
            socket.send(Messages.error("config_error", problem));
            socket.close(POLICY_VIOLATION);
            return;
        }
        initialised = true;
        configure(init, config, sampleRate);
        if (effects.isNeverReady()) {
            socket.pause();
        } else if (effects.readyDelayMillis() > 0) {
            socket.pause();
            vertx.setTimer(effects.readyDelayMillis(), id -> ready());
        } else {
            ready();
        }
    }

    private void ready() {
        socket.send(Messages.ready(record.sessionId()));
        if (effects.errorCode() != null) {
            socket.send(Messages.error(effects));
            if (effects.closeAfterErrorCode() > 0) {
                socket.close(effects.closeAfterErrorCode());
                return;
            }
        }
        if (effects.isBlackHole()) {
            socket.goSilent();
        } else {
            socket.resume();
        }
    }
}
