package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.fault.StreamEffects;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;

import java.util.Map;

/**
 * Serves accepted WebSocket upgrades on the TTS and STT bridges (protocol §6, §7). The HTTP layer makes the upgrade
 * checks and draws the connection's fault; this class runs the session on the connection's event loop, no thread per
 * session.
 */
public final class StreamBridges {

    private static final StreamEffects NO_EFFECTS = Fault.on(SandboxRoute.ANY).streamEffects();

    private final Vertx vertx;
    private final SpeechEngine engine;
    private final WorkerExecutor decoders;
    private final StreamSettings settings;
    private final StreamRecords records;

    /**
     * @param vertx    the Vert.x instance of the server, for timers and synthesis off the event loop
     * @param engine   the speech engine
     * @param decoders the worker threads that decode speech
     * @param settings the defaults of the bridges
     * @param records  where sessions are recorded
     */
    public StreamBridges(Vertx vertx, SpeechEngine engine, WorkerExecutor decoders, StreamSettings settings, StreamRecords records) {
        this.vertx = vertx;
        this.engine = engine;
        this.decoders = decoders;
        this.settings = settings;
        this.records = records;
    }

    /**
     * Starts a session on an accepted upgrade.
     *
     * @param route      {@link SandboxRoute#TTS_STREAM} or {@link SandboxRoute#STT_STREAM}
     * @param socket     the upgraded connection
     * @param connection its HTTP connection, closed to drop the TCP connection without a close frame
     * @param model      the model id from the path
     * @param headers    the upgrade request's headers without credentials, unmodifiable
     * @param fault      the fault drawn for this connection, or null
     */
    public void open(SandboxRoute route, ServerWebSocket socket, HttpConnection connection, String model, Map<String, String> headers,
                     Fault fault) {
        boolean tts = route == SandboxRoute.TTS_STREAM;
        if (!tts && route != SandboxRoute.STT_STREAM) {
            throw new IllegalArgumentException("Not a WebSocket bridge route: " + route);
        }
        StreamEffects effects = fault == null ? NO_EFFECTS : fault.streamEffects();
        String sessionId = (tts ? "sess_tts_" : "sess_stt_") + Messages.hex(8);
        StreamSessionRecord record = records.open(route, model, sessionId, headers);
        StreamSocket wire = new StreamSocket(socket, new RawConnection(connection), record, effects);
        Runnable onEnd = records::ended;
        BridgeSession session = tts ? new TtsSession(vertx, wire, record, effects, onEnd, engine, settings)
                : new SttSession(vertx, wire, record, effects, onEnd, new SttDecoding(engine, decoders), settings);
        wire.start(session);
    }
}
