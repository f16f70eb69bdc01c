package dev.camelslng.component.health;

import java.util.List;
import java.util.Map;

import dev.camelslng.component.SlngEndpoint;
import dev.camelslng.component.stream.session.SessionSnapshot;
import dev.camelslng.component.stream.session.SessionState;
import dev.camelslng.component.stream.session.StreamSessions;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a tts-stream or stt-stream endpoint, from its sessions alone (no probe, no cost): DOWN when it cannot
 * open sessions (its latest connection attempt was refused or could not reach the gateway, and none got ready since),
 * with the reason; UP otherwise, also while some sessions reconnect or after one call failed, which the details count
 * (stream ids, often phone numbers, are left out). Producers register it in the producers repository
 * ({@link ProducerHealthChecks}); a consumer hands it to Camel
 * through {@code setHealthCheck}, and Camel's check of the consumer's route ({@code consumer:<routeId>}) reports it.
 */
public final class SlngStreamHealthCheck extends AbstractHealthCheck {

    static final String SESSIONS = "sessions";
    static final String RECONNECTING = "reconnecting";
    static final String FAILED_LATELY = "failedLately";

    private final SlngEndpoint endpoint;
    private final String endpointUri;

    private SlngStreamHealthCheck(String kind, SlngEndpoint endpoint) {
        super("camel", kind + ":" + URISupport.sanitizeUri(endpoint.getEndpointUri()));
        this.endpoint = endpoint;
        this.endpointUri = URISupport.sanitizeUri(endpoint.getEndpointUri());
    }

    /** The check of a producer of {@code endpoint}, for the producers repository. */
    public static SlngStreamHealthCheck forProducer(SlngEndpoint endpoint) {
        return new SlngStreamHealthCheck("producer", endpoint);
    }

    /** The check a consumer of {@code endpoint} hands to Camel. */
    public static SlngStreamHealthCheck forConsumer(SlngEndpoint endpoint) {
        return new SlngStreamHealthCheck("consumer", endpoint);
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, endpointUri);
        StreamSessions sessions = endpoint.sessions();
        if (sessions == null) {
            builder.detail(SESSIONS, 0);
            builder.up();
            return;
        }
        List<SessionSnapshot> open = sessions.snapshots();
        builder.detail(SESSIONS, open.size());
        long reconnecting = open.stream().filter(SessionSnapshot::recovering).count();
        long failed = sessions.recentlyEnded().stream().filter(s -> s.state() == SessionState.FAILED).count();
        builder.detail(RECONNECTING, reconnecting);
        builder.detail(FAILED_LATELY, failed);
        Throwable unreachable = sessions.reachability().failure();
        if (unreachable != null) {
            builder.down();
            builder.message("Cannot open sessions: " + unreachable.getMessage());
            return;
        }
        builder.up();
        if (reconnecting + failed > 0) {
            builder.message(reconnecting + " sessions reconnecting, " + failed + " failed in the last minute; others serve");
        }
    }
}
