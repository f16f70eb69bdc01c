package dev.camelslng.component.health;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelslng.component.SlngEndpoint;
import dev.camelslng.component.stream.SessionSnapshot;
import dev.camelslng.component.stream.SessionState;
import dev.camelslng.component.stream.StreamSessions;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a tts-stream or stt-stream endpoint, from its sessions' states alone (no probe, no cost): DOWN while a
 * session reconnects or after one failed for good, with the streams concerned and the last error; UP otherwise, also with
 * no session open. Producers register it in the producers repository ({@link ProducerHealthChecks}); a consumer hands it to Camel
 * through {@code setHealthCheck}, and Camel's check of the consumer's route ({@code consumer:<routeId>}) reports it.
 */
public final class SlngStreamHealthCheck extends AbstractHealthCheck {

    static final String SESSIONS = "sessions";

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
        List<SessionSnapshot> snapshots = sessions != null ? sessions.snapshots() : List.of();
        builder.detail(SESSIONS, snapshots.size());
        List<SessionSnapshot> troubled = snapshots.stream().filter(s -> s.recovering() || s.state() == SessionState.FAILED)
                .toList();
        if (troubled.isEmpty()) {
            builder.up();
            return;
        }
        builder.down();
        builder.message(troubled.stream().map(s -> "stream '" + s.streamId() + "' " + (s.recovering() ? "reconnecting" : "failed")
                                                   + (s.lastError() != null ? ": " + s.lastError() : ""))
                .collect(Collectors.joining("; ")));
    }
}
