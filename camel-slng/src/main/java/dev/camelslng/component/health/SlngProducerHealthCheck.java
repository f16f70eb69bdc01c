package dev.camelslng.component.health;

import java.util.Map;
import java.util.function.Supplier;

import dev.camelslng.component.SlngEndpoint;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of one slng endpoint: UP when its gateway answers {@code GET /v1/me} and accepts its API key; DOWN with the
 * reason when the key is rejected (401/403), the gateway is unreachable or answers with an error. Details: the endpoint
 * URI (secrets masked), the gateway URL, the HTTP status and the x-slng-request-id; never the key.
 * <p>
 * Readiness only: restarting the application cures neither a rejected key nor a gateway outage. A probe's answer is
 * reused for {@link #REUSE_MILLIS}, so that frequent health polls do not each call the gateway.
 */
public final class SlngProducerHealthCheck extends AbstractHealthCheck {

    static final long REUSE_MILLIS = 5000;
    static final String GATEWAY = "gateway";
    static final String REQUEST_ID = "x-slng-request-id";

    private final SlngEndpoint endpoint;
    private final Supplier<String> environmentKey;
    private final String endpointUri;
    // Read and written in doCall only, which AbstractHealthCheck runs under its lock.
    private ProbeResult last;

    /**
     * @param endpoint       the endpoint to probe with its own client and key
     * @param environmentKey supplies SLNG_API_KEY when the endpoint has no apiKey, as for its messages
     */
    public SlngProducerHealthCheck(SlngEndpoint endpoint, Supplier<String> environmentKey) {
        super("camel", "producer:" + URISupport.sanitizeUri(endpoint.getEndpointUri()));
        this.endpoint = endpoint;
        this.environmentKey = environmentKey;
        this.endpointUri = URISupport.sanitizeUri(endpoint.getEndpointUri());
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (last == null || last.ageMillis() >= REUSE_MILLIS) {
            last = GatewayProbe.probe(endpoint, environmentKey);
        }
        builder.state(last.state());
        builder.detail(ENDPOINT_URI, endpointUri);
        if (last.message() != null) {
            builder.message(last.message());
        }
        if (last.gateway() != null) {
            builder.detail(GATEWAY, last.gateway());
        }
        if (last.status() != null) {
            builder.detail(HTTP_RESPONSE_CODE, last.status());
        }
        if (last.requestId() != null) {
            builder.detail(REQUEST_ID, last.requestId());
        }
    }
}
