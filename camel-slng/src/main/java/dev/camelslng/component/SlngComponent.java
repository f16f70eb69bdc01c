package dev.camelslng.component;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
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
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The {@code slng:} component. It holds the default options every endpoint copies, the timer and worker pool that run
 * retries and batch polls for all its endpoints, and the exchanges they have in flight.
 */
@Component("slng")
public class SlngComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** How late past its deadline an exchange may be interrupted. */
    private static final long DEADLINE_SWEEP_MILLIS = 200;
    /** The workers' threads: route work of stream events and completions, retried attempts, polls. */
    private static final int WORKER_THREADS = 20;

    @Metadata(description = "The default options of every slng endpoint")
    private SlngConfiguration configuration = new SlngConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced")
    private ExecutorService executorService;
    @Metadata(label = "advanced", autowired = true)
    private Vertx vertx;

    private final InFlightExchanges inFlight = new InFlightExchanges();
    /**
     * Where an exchange whose deadline passed, and the route work of streams, continue: the workers, never the timer
     * thread or an event loop. Once the component stops, nothing is left to continue: its stop failed every exchange.
     */
    private final Executor continuations = task -> {
        ExecutorService workers = workers();
        if (workers == null) {
            throw new RejectedExecutionException("The slng component is stopped");
        }
        workers.execute(task);
    };
    private ScheduledExecutorService scheduler;
    private ExecutorService ownedWorkers;
    private SharedVertx sharedVertx;

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        SensitiveOptions.register(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SlngConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation(remaining));
        SlngEndpoint endpoint = new SlngEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
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
        // One timer thread is enough: it only hands due retries and polls to the workers. Its queue holds waiting timers,
        // never work, so it is unbounded; abort (not Camel's default caller-runs) makes a refusal visible.
        ThreadPoolProfile timer = new ThreadPoolProfile("SlngScheduler");
        timer.setPoolSize(1);
        timer.setMaxPoolSize(1);
        timer.setMaxQueueSize(-1);
        timer.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SlngScheduler", timer);
        scheduler.scheduleWithFixedDelay(() -> inFlight.interruptOverdue(exchange -> new SlngException(
                exchange + " did not finish within " + exchange.timeLimit() + ": interrupted"), continuations),
                DEADLINE_SWEEP_MILLIS, DEADLINE_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        if (executorService == null) {
            // bounded threads; the queue is not bounded, since what waits in it is bounded already (exchanges in flight,
            // and per stream session at most one event delivery and the completions of its send queue)
            ThreadPoolProfile workerPool = new ThreadPoolProfile("SlngWorker");
            workerPool.setPoolSize(WORKER_THREADS);
            workerPool.setMaxPoolSize(WORKER_THREADS);
            workerPool.setMaxQueueSize(Integer.MAX_VALUE);
            workerPool.setAllowCoreThreadTimeOut(true);
            workerPool.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            ownedWorkers = getCamelContext().getExecutorServiceManager().newThreadPool(this, "SlngWorker", workerPool);
        }
    }

    @Override
    protected void doStop() throws Exception {
        inFlight.interruptAll(exchange -> new SlngException(exchange + " was interrupted: the slng component stopped"));
        if (sharedVertx != null) {
            sharedVertx.close();
            sharedVertx = null;
        }
        getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
        scheduler = null;
        if (ownedWorkers != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(ownedWorkers);
            ownedWorkers = null;
        }
        super.doStop();
    }

    /** The timer for waits between attempts and polls; it runs no calls itself. */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Where retried attempts and polls run once their wait is over. */
    ExecutorService workers() {
        return executorService != null ? executorService : ownedWorkers;
    }

    InFlightExchanges inFlight() {
        return inFlight;
    }

    /** Where route work of streams runs (events, completions): the workers, never a Vert.x event loop. */
    Executor continuations() {
        return continuations;
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
}
