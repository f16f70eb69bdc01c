package dev.camelslng.component;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code slng:} component. It holds the default options every endpoint copies, and the worker pool that runs HTTP
 * calls and schedules retries and batch polls for all its endpoints.
 */
@Component("slng")
public class SlngComponent extends DefaultComponent implements SSLContextParametersAware {

    @Metadata(description = "The default options of every slng endpoint")
    private SlngConfiguration configuration = new SlngConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced", defaultValue = "10")
    private int workerPoolSize = 10;

    private ScheduledExecutorService workers;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SlngConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(getCamelContext().getTypeConverter().mandatoryConvertTo(SlngOperation.class,
                remaining));
        SlngEndpoint endpoint = new SlngEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The shared worker pool, created on first use so endpoints never see a component that has not started it. */
    synchronized ScheduledExecutorService workers() {
        if (workers == null) {
            workers = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "SlngWorker", workerPoolSize);
        }
        return workers;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (workers != null) {
            getCamelContext().getExecutorServiceManager().shutdown(workers);
            workers = null;
        }
        super.doStop();
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

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * Threads that send HTTP calls and run scheduled retries and batch polls, shared by all slng endpoints. It bounds how
     * many SLNG calls are in flight at once; waiting between retries or polls takes no thread.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }
}
