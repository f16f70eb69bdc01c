package dev.camelslng.sandbox;

import dev.camelslng.sandbox.batch.BatchJobStore;
import dev.camelslng.sandbox.batch.DuplicateJobId;
import dev.camelslng.sandbox.catalog.ModelCatalog;
import dev.camelslng.sandbox.engine.EngineKind;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.ToneSpeechEngine;
import dev.camelslng.sandbox.fault.FaultInjector;
import dev.camelslng.sandbox.http.RecordedRequests;
import dev.camelslng.sandbox.http.SandboxRouter;
import dev.camelslng.sandbox.http.SandboxServices;
import dev.camelslng.sandbox.stream.StreamRecords;
import dev.camelslng.sandbox.stream.StreamSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local SLNG-compatible HTTP server for tests and demos: the unified bridge TTS/STT endpoints over HTTP and WebSocket
 * (same port), the batch API, the account probe and the model catalogue, backed by a {@link SpeechEngine} (the
 * deterministic tone engine by default, real offline speech with {@link Builder#realSpeech()}), with request and session
 * recording and fault injection.
 *
 * <pre>{@code
 * try (SlngSandbox sandbox = SlngSandbox.builder().apiKey("test-key").build().start()) {
 *     String url = sandbox.baseUrl() + "/v1/bridges/unmute/tts/slng/deepgram/aura:2-en";
 * }
 * }</pre>
 */
public final class SlngSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlngSandbox.class);
    private static final long START_STOP_TIMEOUT_SECONDS = 30;
    private static final int MAX_FORM_ATTRIBUTE_BYTES = 1024 * 1024;
    private static final int MAX_WEBSOCKET_FRAME_BYTES = 1024 * 1024;

    private final String host;
    private final int requestedPort;
    private final String apiKey;
    private final int batchPollsUntilDone;
    private final String ttsContentType;
    private final SpeechEngine engine;
    private final SandboxTls tls;
    private final ModelCatalog models;
    private final DuplicateJobId duplicateJobId;
    private final FaultInjector faults = new FaultInjector();
    private final RecordedRequests requests;
    private final BatchJobStore jobs = new BatchJobStore();
    private final StreamSettings streamSettings;
    private final StreamRecords streams = new StreamRecords();
    /** Decodes wait for a recogniser on these threads; more than the usual one or two recognisers would need more. */
    private static final int DECODER_THREADS = 4;
    private static final String DECODER_POOL = "slng-sandbox-decoder";

    private volatile Vertx vertx;
    private volatile int port = -1;

    private SlngSandbox(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.apiKey = builder.apiKey != null ? builder.apiKey : "sbx_" + HexFormat.of().formatHex(randomBytes(16));
        this.batchPollsUntilDone = builder.batchPollsUntilDone;
        this.ttsContentType = builder.ttsContentType;
        this.engine = builder.engine != null ? builder.engine : builder.engineKind.create();
        this.tls = builder.tls;
        this.models = ModelCatalog.representative(builder.acceptAnyModelId);
        this.duplicateJobId = builder.duplicateJobId;
        this.requests = new RecordedRequests(builder.recordedRequestCapacity);
        this.streamSettings = new StreamSettings(builder.streamChunkBytes, builder.streamBinaryAudio, builder.streamUtteranceEnd);
    }

    /**
     * @return a builder with the defaults: 127.0.0.1, a free port, a generated key, 2 polls, {@code audio/wav}, catalogued
     *         models only, 409 on a duplicate job id, the last 1000 requests kept; WebSocket TTS audio as JSON
     *         {@code audio_chunk} messages of 3200 bytes, no STT {@code utterance_end}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening; returns once the server accepts connections.
     *
     * @return                       this sandbox
     * @throws IllegalStateException if already started or the server cannot listen
     */
    public synchronized SlngSandbox start() {
        if (vertx != null) {
            throw new IllegalStateException("The sandbox is already running on " + baseUrl());
        }
        Vertx newVertx = Vertx.vertx();
        SandboxServices services = new SandboxServices(engine, faults, requests, jobs, models, apiKey, ttsContentType, batchPollsUntilDone,
                duplicateJobId, this::baseUrl, streamSettings, streams,
                newVertx.createSharedWorkerExecutor(DECODER_POOL, DECODER_THREADS));
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(requestedPort)
                .setMaxFormAttributeSize(MAX_FORM_ATTRIBUTE_BYTES).setHandle100ContinueAutomatically(true)
                .setMaxWebSocketFrameSize(MAX_WEBSOCKET_FRAME_BYTES).setPerMessageWebSocketCompressionSupported(false)
                .setPerFrameWebSocketCompressionSupported(false);
        if (tls != null) {
            tls.applyTo(options);
        }
        try {
            HttpServer server = newVertx.createHttpServer(options).requestHandler(SandboxRouter.create(newVertx, services))
                    .listen().toCompletionStage().toCompletableFuture().get(START_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            port = server.actualPort();
            vertx = newVertx;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            newVertx.close();
            throw new IllegalStateException("Interrupted while starting the SLNG sandbox", e);
        } catch (ExecutionException | TimeoutException e) {
            newVertx.close();
            throw new IllegalStateException("The SLNG sandbox cannot listen on " + host + ":" + requestedPort, e);
        }
        LOG.info("SLNG sandbox listening on {}", baseUrl());
        return this;
    }

    /** Stops the server; does nothing if it is not running. */
    public synchronized void stop() {
        if (vertx == null) {
            return;
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(START_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The SLNG sandbox did not stop cleanly", e);
        } finally {
            vertx = null;
            port = -1;
        }
        LOG.info("SLNG sandbox stopped");
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Clears the faults, the recorded requests, the recorded WebSocket sessions and the batch jobs. */
    public void reset() {
        faults.clear();
        requests.clear();
        streams.clear();
        jobs.clear();
    }

    /** @return whether the server is listening */
    public boolean isRunning() {
        return vertx != null;
    }

    /**
     * The base URL, without a trailing slash, e.g. {@code http://127.0.0.1:40123}.
     *
     * @return                       the URL clients should use
     * @throws IllegalStateException if not started
     */
    public String baseUrl() {
        return (tls == null ? "http://" : "https://") + host + ":" + port();
    }

    /**
     * The port the server listens on.
     *
     * @return                       the actual port, also when 0 was requested
     * @throws IllegalStateException if not started
     */
    public int port() {
        int current = port;
        if (current < 0) {
            throw new IllegalStateException("The SLNG sandbox is not running");
        }
        return current;
    }

    /** @return the API key clients must send */
    public String apiKey() {
        return apiKey;
    }

    /** @return the speech engine, e.g. to make test audio with {@code engine().synthesize(text, null)} */
    public SpeechEngine engine() {
        return engine;
    }

    /** @return the fault injector */
    public FaultInjector faults() {
        return faults;
    }

    /** @return the requests received so far (the most recent ones, see {@link RecordedRequests#capacity()}) */
    public RecordedRequests requests() {
        return requests;
    }

    /** @return the WebSocket bridge sessions accepted so far, and how many are open */
    public StreamRecords streams() {
        return streams;
    }

    /** @return the models requests may name, also served by {@code GET /v1/catalog/models} */
    public ModelCatalog models() {
        return models;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * Configures a {@link SlngSandbox}. Reusable: each {@link #build()} makes a new sandbox.
     */
    public static final class Builder {

        private static final Set<String> TTS_CONTENT_TYPES = Set.of("audio/wav", "audio/pcm");

        private String host = "127.0.0.1";
        private int port;
        private String apiKey;
        private int batchPollsUntilDone = 2;
        private String ttsContentType = "audio/wav";
        private SpeechEngine engine;
        private EngineKind engineKind = EngineKind.TONE;
        private SandboxTls tls;
        private boolean acceptAnyModelId;
        private DuplicateJobId duplicateJobId = DuplicateJobId.CONFLICT;
        private int recordedRequestCapacity = RecordedRequests.DEFAULT_CAPACITY;
        private int streamChunkBytes = StreamSettings.DEFAULT_CHUNK_BYTES;
        private boolean streamBinaryAudio;
        private boolean streamUtteranceEnd;

        private Builder() {
        }

        /**
         * Serves HTTPS instead of HTTP, for testing clients' TLS settings.
         *
         * @param  pkcs12   the server's key and certificate, a PKCS#12 keystore
         * @param  password the keystore password
         * @return          this builder
         */
        public Builder https(Path pkcs12, String password) {
            this.tls = new SandboxTls(pkcs12, password, List.of(), List.of());
            return this;
        }

        /**
         * Accepts only these TLS protocols and cipher suites, for testing what a client offers; after {@link #https}.
         *
         * @param  protocols    e.g. {@code List.of("TLSv1.3")}; empty for TLSv1.2 and TLSv1.3
         * @param  cipherSuites e.g. {@code List.of("TLS_AES_256_GCM_SHA384")}; empty for the JVM's defaults
         * @return              this builder
         */
        public Builder httpsOnly(List<String> protocols, List<String> cipherSuites) {
            if (tls == null) {
                throw new IllegalStateException("httpsOnly needs https(pkcs12, password) first");
            }
            this.tls = tls.only(protocols, cipherSuites);
            return this;
        }

        /**
         * @param  host the interface to listen on, default {@code 127.0.0.1}
         * @return      this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * @param  port the port, default 0 (a free port)
         * @return      this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param  apiKey the key clients must send, default a generated {@code sbx_...} key
         * @return        this builder
         */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("The API key must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param  polls how many status polls report QUEUED / IN_PROGRESS before the end state (default 2; 0 ends at the
         *               first poll)
         * @return       this builder
         */
        public Builder batchPollsUntilDone(int polls) {
            if (polls < 0) {
                throw new IllegalArgumentException("batchPollsUntilDone must not be negative: " + polls);
            }
            this.batchPollsUntilDone = polls;
            return this;
        }

        /**
         * @param  contentType {@code audio/wav} (default) or {@code audio/pcm} (raw PCM16LE, no RIFF header)
         * @return             this builder
         */
        public Builder ttsContentType(String contentType) {
            if (!TTS_CONTENT_TYPES.contains(contentType)) {
                throw new IllegalArgumentException("ttsContentType must be one of " + TTS_CONTENT_TYPES + ": " + contentType);
            }
            this.ttsContentType = contentType;
            return this;
        }

        /**
         * @param  engine the speech engine, default a {@link ToneSpeechEngine}
         * @return        this builder
         */
        public Builder engine(SpeechEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * Chooses one of the shipped engines by name; {@link #engine(SpeechEngine)} wins when both are set. Each
         * {@link #build()} makes a new engine: {@link EngineKind#REAL} loads its models then (5-10 s).
         *
         * @param  kind {@link EngineKind#TONE} (default) or {@link EngineKind#REAL}
         * @return      this builder
         */
        public Builder engine(EngineKind kind) {
            this.engineKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Real offline speech: same as {@code engine(EngineKind.REAL)}. Needs the FreeTTS and Sphinx4 dependencies and
         * about 384 MB of heap.
         *
         * @return this builder
         */
        public Builder realSpeech() {
            return engine(EngineKind.REAL);
        }

        /**
         * By default a bridge request or batch submit naming a model the catalogue does not have, or a model of the wrong
         * kind (a TTS model on the STT bridge), is answered {@code 404 {"error":"Model not found"}}. With this switch on,
         * any well-formed id is served, e.g. to try a model newer than the catalogue.
         *
         * @param  accept whether any well-formed model id is accepted (default false)
         * @return        this builder
         */
        public Builder acceptAnyModelId(boolean accept) {
            this.acceptAnyModelId = accept;
            return this;
        }

        /**
         * @param  answer how a batch submit whose {@code job_id} is taken is answered, default {@link DuplicateJobId#CONFLICT}
         * @return        this builder
         */
        public Builder duplicateJobId(DuplicateJobId answer) {
            this.duplicateJobId = Objects.requireNonNull(answer, "answer");
            return this;
        }

        /**
         * @param  capacity how many of the most recent requests {@link SlngSandbox#requests()} keeps, default 1000; the
         *                  per-route totals count all of them anyway
         * @return          this builder
         */
        public Builder recordedRequestCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("recordedRequestCapacity must be at least 1: " + capacity);
            }
            this.recordedRequestCapacity = capacity;
            return this;
        }

        /**
         * @param  bytes the PCM bytes per WebSocket TTS audio chunk, default 3200 (100 ms at 16 kHz)
         * @return       this builder
         */
        public Builder streamChunkBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("streamChunkBytes must be at least 1: " + bytes);
            }
            this.streamChunkBytes = bytes;
            return this;
        }

        /**
         * @param  binary whether WebSocket TTS audio goes out as binary frames instead of JSON {@code audio_chunk}
         *                messages (default false)
         * @return        this builder
         */
        public Builder streamBinaryAudio(boolean binary) {
            this.streamBinaryAudio = binary;
            return this;
        }

        /**
         * @param  send whether the WebSocket STT bridge sends {@code utterance_end} after each final that silence ended
         *              (default false, as on Deepgram routes)
         * @return      this builder
         */
        public Builder streamUtteranceEnd(boolean send) {
            this.streamUtteranceEnd = send;
            return this;
        }

        /** @return a new, not yet started sandbox */
        public SlngSandbox build() {
            return new SlngSandbox(this);
        }
    }
}
