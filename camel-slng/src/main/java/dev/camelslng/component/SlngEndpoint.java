package dev.camelslng.component;

import java.util.Map;

import javax.net.ssl.SSLContext;

import dev.camelslng.component.audio.G711;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.inflight.CallStatistics;
import dev.camelslng.component.operation.BatchTranscriptionOperation;
import dev.camelslng.component.operation.OperationHandler;
import dev.camelslng.component.operation.SpeechToTextOperation;
import dev.camelslng.component.operation.TextToSpeechOperation;
import dev.camelslng.component.stream.session.StreamSessions;
import dev.camelslng.component.transport.http.RetryPolicy;
import dev.camelslng.component.transport.http.SlngHttpClientFactory;
import dev.camelslng.component.transport.http.SlngHttpExecutor;
import dev.camelslng.component.transport.ws.WebSocketTls;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Text-to-speech and speech-to-text through the SLNG voice AI gateway.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "slng", title = "SLNG", syntax = "slng:operation:name",
             category = { Category.AI }, headersClass = SlngConstants.class)
public class SlngEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriParam
    private SlngConfiguration configuration;

    private volatile GatewayAddress address;
    private CloseableHttpClient ownedClient;
    private volatile SlngHttpExecutor executor;
    private Map<SlngOperation, OperationHandler> operations;
    private final CallStatistics statistics = new CallStatistics();
    private StreamSessions sessions;

    public SlngEndpoint(String uri, SlngComponent component, SlngConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return configuration.getOperation().isStream() ? new SlngStreamProducer(this) : new SlngProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!configuration.getOperation().isStream()) {
            throw new UnsupportedOperationException("slng:" + configuration.getOperation() + " has no consumer: it is a"
                                                    + " producer; only tts-stream and stt-stream have consumers");
        }
        SlngStreamConsumer consumer = new SlngStreamConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        checkPositive("responseTimeout", configuration.getResponseTimeout());
        checkPositive("connectTimeout", configuration.getConnectTimeout());
        checkPositive("callTimeout", configuration.getCallTimeout());
        checkPositive("batchTimeout", configuration.getBatchTimeout());
        checkPositive("batchPollInterval", configuration.getBatchPollInterval());
        checkPositive("maxResponseSize", configuration.getMaxResponseSize());
        if (configuration.getOperation().isStream()) {
            getComponent().streamNames().adopt(this);
        }
        address = GatewayAddress.of(configuration);
        if (configuration.getOperation().isStream()) {
            startStreams();
            return;
        }
        if (configuration.getOperation() == SlngOperation.TTS && G711.of(configuration.getEncoding()) != null) {
            throw new IllegalArgumentException("slng:tts cannot give encoding=" + configuration.getEncoding() + ": SLNG's"
                                               + " HTTP TTS answers in the gateway's own format. For phone audio use"
                                               + " slng:tts-stream?encoding=" + configuration.getEncoding()
                                               + "&replyWithResult=true, which replies as slng:tts does");
        }
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getRetryMaxAttempts(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay());
        CloseableHttpClient client = configuration.getHttpClient();
        if (client == null) {
            ownedClient = SlngHttpClientFactory.create(configuration, sslContext());
            client = ownedClient;
        }
        executor = new SlngHttpExecutor(client, getComponent()::scheduler, getComponent()::workers,
                retryPolicy, configuration.getResponseTimeout(), statistics);
        long maxJson = configuration.getMaxResponseSize();
        operations = Map.of(
                SlngOperation.TTS, new TextToSpeechOperation(executor, address, configuration.isRequestSentRetryEnabled()),
                SlngOperation.STT, new SpeechToTextOperation(executor, address, maxJson,
                        configuration.isRequestSentRetryEnabled()),
                SlngOperation.BATCH_STT, new BatchTranscriptionOperation(executor, address, maxJson,
                        configuration.getBatchPollInterval(), configuration.getBatchMaxPollInterval()));
    }

    private void startStreams() throws Exception {
        WebSocketTls tls = WebSocketTls.of(sslContextParameters(), getCamelContext());
        sessions = getComponent().streamNames().join(this, () -> StreamSessions.open(configuration,
                getComponent().streamVertx(), tls, getComponent().continuations()));
    }

    @Override
    protected void doShutdown() throws Exception {
        if (configuration.getOperation().isStream()) {
            getComponent().streamNames().forget(this);
        }
        super.doShutdown();
    }

    @Override
    protected void doStop() throws Exception {
        getComponent().inFlight().interruptAll(this, exchange -> new SlngException(
                exchange + " was interrupted: its endpoint " + this + " stopped"));
        if (sessions != null) {
            getComponent().streamNames().leave(this, new SlngException("The stream was stopped: the endpoints of slng:"
                    + configuration.getOperation() + ":" + configuration.getName() + " stopped"));
            sessions = null;
        }
        executor = null;
        if (ownedClient != null) {
            ownedClient.close();
            ownedClient = null;
        }
        super.doStop();
    }

    private static void checkPositive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be greater than 0, was " + value);
        }
    }

    private SSLContext sslContext() throws Exception {
        SSLContextParameters parameters = sslContextParameters();
        return parameters == null ? null : parameters.createSSLContext(getCamelContext());
    }

    private SSLContextParameters sslContextParameters() {
        SSLContextParameters parameters = configuration.getSslContextParameters();
        if (parameters == null && getComponent().isUseGlobalSslContextParameters()) {
            parameters = getComponent().retrieveGlobalSslContextParameters();
        }
        return parameters;
    }

    OperationHandler operation(SlngOperation operation) {
        return operations.get(operation);
    }

    /** Where this endpoint's requests go; null until it starts. */
    public GatewayAddress address() {
        return address;
    }

    /** Sends this endpoint's requests with its HTTP client; null while it is stopped. */
    public SlngHttpExecutor httpExecutor() {
        return executor;
    }

    /** The stream sessions of a tts-stream or stt-stream endpoint; null for the others and while stopped. */
    public StreamSessions sessions() {
        return sessions;
    }

    /**
     * A stream producer or consumer stops using the sessions: the last one (or any, when the whole context stops) closes
     * them gracefully, giving them up to closeTimeout, and no longer than the context's shutdown timeout, to deliver
     * their last finals or audio.
     */
    void releaseSessions() {
        if (sessions != null) {
            ShutdownStrategy shutdown = getCamelContext().getShutdownStrategy();
            long grace = Math.min(configuration.getCloseTimeout(), shutdown.getTimeUnit().toMillis(shutdown.getTimeout()));
            sessions.release(new SlngException("The stream was stopped: the routes using " + this + " stopped"), grace,
                    getCamelContext().isStopping());
        }
    }

    /** What this endpoint's exchanges have done so far. */
    public CallStatistics statistics() {
        return statistics;
    }

    /** How many of this endpoint's exchanges are in flight. */
    public long inFlightCount() {
        return getComponent().inFlight().count(this);
    }

    @Override
    public SlngComponent getComponent() {
        return (SlngComponent) super.getComponent();
    }

    public SlngConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        GatewayAddress started = address;
        if (started != null) {
            return started.gateway();
        }
        try {
            return GatewayAddress.of(configuration).gateway();
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    @Override
    public String getServiceProtocol() {
        return configuration.getOperation() != null && configuration.getOperation().isStream() ? "ws" : "http";
    }
}
