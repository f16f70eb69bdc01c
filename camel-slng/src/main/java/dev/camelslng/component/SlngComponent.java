package dev.camelslng.component;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.camelslng.component.inflight.InFlightExchanges;
import dev.camelslng.component.transport.ws.SharedVertx;
import io.vertx.core.Vertx;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code slng:} component. It holds the default options every endpoint copies, the threads of all its endpoints
 * ({@link ComponentThreads}), and the exchanges they have in flight.
 */
@Component("slng")
public class SlngComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** How late past its deadline an exchange may be interrupted. */
    private static final long DEADLINE_SWEEP_MILLIS = 200;

    @Metadata(description = "The default options of every slng endpoint")
    private SlngConfiguration configuration = new SlngConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced")
    private ExecutorService executorService;
    @Metadata(label = "advanced", autowired = true)
    private Vertx vertx;

    @Metadata(label = "advanced", defaultValue = "20")
    private int streamSenderThreads = 20;

    private final InFlightExchanges inFlight = new InFlightExchanges();
    private final StreamNames streamNames = new StreamNames();
    private volatile ComponentThreads threads;
    /**
     * Where an exchange whose deadline passed, and the route work of streams, continue: the workers, never the timer
     * thread or an event loop. Once the component stops, nothing is left to continue: its stop failed every exchange.
     */
    private final Executor continuations = ComponentThreads.live(this::workers);
    /** Where stream producers send what cannot go out at once (see {@link #setStreamSenderThreads}). */
    private final Executor streamSenders = ComponentThreads.live(() -> {
        ComponentThreads current = threads;
        return current != null ? current.senders() : null;
    });
    private SharedVertx sharedVertx;

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        SensitiveOptions.register(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SlngConfiguration endpointConfiguration = configuration.copy();
        int colon = remaining.indexOf(':');
        SlngOperation operation = operation(colon < 0 ? remaining : remaining.substring(0, colon));
        endpointConfiguration.setOperation(operation);
        if (colon >= 0) {
            String name = remaining.substring(colon + 1);
            if (!operation.isStream() || name.isEmpty()) {
                throw new IllegalArgumentException("slng:" + remaining + ": only tts-stream and stt-stream take a name after"
                                                   + " the operation (slng:stt-stream:calls), and it must not be empty");
            }
            endpointConfiguration.setName(name);
        }
        SlngEndpoint endpoint = new SlngEndpoint(uri, this, endpointConfiguration);
        Set<String> uriOptions = Set.copyOf(parameters.keySet());
        setProperties(endpoint, parameters);
        if (operation.isStream()) {
            streamNames.claim(endpoint, uriOptions);
        }
        return endpoint;
    }

    private static SlngOperation operation(String name) {
        return Arrays.stream(SlngOperation.values()).filter(operation -> operation.toString().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown slng operation '" + name + "': use one of "
                        + Arrays.stream(SlngOperation.values()).map(SlngOperation::toString).collect(Collectors.joining(", "))
                        + ", e.g. slng:stt"));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (streamSenderThreads < 1) {
            throw new IllegalArgumentException("streamSenderThreads must be at least 1: " + streamSenderThreads);
        }
        threads = ComponentThreads.start(getCamelContext(), this, streamSenderThreads);
        threads.timer().scheduleWithFixedDelay(() -> inFlight.interruptOverdue(exchange -> new SlngException(
                exchange + " did not finish within " + exchange.timeLimit() + ": interrupted"), continuations),
                DEADLINE_SWEEP_MILLIS, DEADLINE_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        inFlight.interruptAll(exchange -> new SlngException(exchange + " was interrupted: the slng component stopped"));
        if (sharedVertx != null) {
            sharedVertx.close();
            sharedVertx = null;
        }
        if (threads != null) {
            threads.shutdown(getCamelContext());
            threads = null;
        }
        super.doStop();
    }

    /** The timer for waits between attempts and polls; it runs no calls itself. */
    ScheduledExecutorService scheduler() {
        ComponentThreads current = threads;
        return current != null ? current.timer() : null;
    }

    /** Where retried attempts and polls run once their wait is over: the user's pool, else the component's. */
    ExecutorService workers() {
        ComponentThreads current = threads;
        return current == null ? null : executorService != null ? executorService : current.workers();
    }

    InFlightExchanges inFlight() {
        return inFlight;
    }

    /** The stream endpoints' shared sessions, by operation and name. */
    StreamNames streamNames() {
        return streamNames;
    }

    /** Where route work of streams runs (events, completions): the workers, never a Vert.x event loop. */
    Executor continuations() {
        return continuations;
    }

    /** Where stream producers send bodies that cannot go out at once: never the workers. */
    Executor streamSenders() {
        return streamSenders;
    }

    /** The Vert.x instance of all stream endpoints, chosen (or created) on first use. */
    synchronized Vertx streamVertx() {
        if (sharedVertx == null) {
            sharedVertx = new SharedVertx(getCamelContext());
            sharedVertx.given(vertx);
        }
        return sharedVertx.get();
    }

    public SlngConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The default options of every slng endpoint.
     */
    public void setConfiguration(SlngConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the global SSLContextParameters of the CamelContext when an endpoint sets none.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Vertx getVertx() {
        return vertx;
    }

    /**
     * The Vert.x instance stream endpoints use; autowired when the registry holds exactly one. Otherwise: the
     * vertx-websocket component's, else one the component creates on first use and closes when it stops. Never one per
     * endpoint, and never closed by this component unless it created it.
     */
    public void setVertx(Vertx vertx) {
        this.vertx = vertx;
    }

    public ExecutorService getExecutorService() {
        return executorService;
    }

    /**
     * The thread pool that runs retried attempts and batch polls once their wait is over, and the route work of stream
     * sessions (consumer events, completions); by default the component's own pool of 20 threads. First attempts run on
     * the calling thread and waits hold no thread. A pool given here is not shut down by the component; if it rejects a
     * task, the exchange fails with an error that says so. Do not give it a caller-runs policy: the caller may be the
     * component's timer thread or a Vert.x event loop, which must never run route work.
     */
    public void setExecutorService(ExecutorService executorService) {
        this.executorService = executorService;
    }

    public int getStreamSenderThreads() {
        return streamSenderThreads;
    }

    /**
     * The threads that send stream messages which cannot go out at once: a file or stream body, a body paced at real
     * time, or a message that waits for room in a full send queue. Each such message holds one while it sends (a paced
     * body, for as long as its audio lasts); more wait their turn. They are not the workers, so producers that wait
     * never hold back consumers' events or completions. Raise it when many calls stream paced audio at once.
     */
    public void setStreamSenderThreads(int streamSenderThreads) {
        this.streamSenderThreads = streamSenderThreads;
    }
}
