package dev.camelslng.component.console;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.camelslng.component.SlngEndpoint;
import dev.camelslng.component.inflight.CallStatistics;
import dev.camelslng.component.protocol.SafeText;
import dev.camelslng.component.stream.session.SessionSnapshot;
import dev.camelslng.component.stream.session.StreamIds;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code slng} developer console: every slng endpoint of the context with its operation, gateway, calls in flight,
 * exchanges, failures, retries and last error. URIs have their secrets masked; error messages never hold a key.
 */
@DevConsole(name = "slng", displayName = "SLNG",
            description = "SLNG endpoints: calls in flight, failures, retries, last error, stream sessions")
public class SlngDevConsole extends AbstractDevConsole {

    public SlngDevConsole() {
        super("camel", "slng", "SLNG", "SLNG endpoints: calls in flight, failures, retries, last error, stream sessions");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (SlngEndpoint endpoint : endpoints()) {
            JsonObject row = describe(endpoint);
            text.append(String.format("%n    Endpoint: %s", row.get("uri")))
                    .append(String.format("%n        Operation: %s", row.get("operation")))
                    .append(String.format("%n        Gateway: %s", row.get("gateway")))
                    .append(String.format("%n        In flight: %s", row.get("inFlight")))
                    .append(String.format("%n        Exchanges: %s", row.get("exchanges")))
                    .append(String.format("%n        Failures: %s", row.get("failures")))
                    .append(String.format("%n        Retries: %s", row.get("retries")));
            if (row.containsKey("lastError")) {
                text.append(String.format("%n        Last error: %s", row.get("lastError")))
                        .append(String.format("%n        Last error time: %s",
                                Instant.ofEpochMilli(row.getLong("lastErrorTimestamp"))));
            }
            appendSessions(text, "Stream", (JsonArray) row.get("sessions"));
            appendSessions(text, "Ended stream", (JsonArray) row.get("endedSessions"));
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private static void appendSessions(StringBuilder text, String title, JsonArray sessions) {
        if (sessions == null) {
            return;
        }
        for (Object session : sessions) {
            JsonObject s = (JsonObject) session;
            text.append(String.format("%n        %s %s (%s): %s%s, %s reconnects, %s queued, %s bytes kept, %s bytes resent%s",
                    title, s.get("streamId"), s.get("label"), s.get("state"),
                    Boolean.TRUE.equals(s.get("recovering")) ? " (recovering)" : "", s.get("reconnects"), s.get("queued"),
                    s.get("retainedBytes"), s.get("resentBytes"),
                    s.containsKey("lastError") ? ", last error: " + s.get("lastError") : ""));
        }
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray rows = new JsonArray();
        endpoints().forEach(endpoint -> rows.add(describe(endpoint)));
        JsonObject root = new JsonObject();
        root.put("endpoints", rows);
        return root;
    }

    private List<SlngEndpoint> endpoints() {
        return getCamelContext().getEndpoints().stream().filter(SlngEndpoint.class::isInstance).map(SlngEndpoint.class::cast)
                .sorted(Comparator.comparing(SlngEndpoint::getEndpointUri)).toList();
    }

    private static JsonObject describe(SlngEndpoint endpoint) {
        CallStatistics statistics = endpoint.statistics();
        JsonObject row = new JsonObject();
        row.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
        row.put("operation", endpoint.getConfiguration().getOperation().toString());
        String gateway = endpoint.getServiceUrl();
        row.put("gateway", gateway == null ? "(invalid configuration)" : SafeText.withoutQuery(gateway));
        row.put("inFlight", endpoint.inFlightCount());
        row.put("exchanges", statistics.exchanges());
        row.put("failures", statistics.failures());
        row.put("retries", statistics.retries());
        CallStatistics.LastError lastError = statistics.lastError();
        if (lastError != null) {
            row.put("lastError", lastError.message());
            row.put("lastErrorTimestamp", lastError.time().toEpochMilli());
        }
        if (endpoint.sessions() != null) {
            JsonArray sessions = new JsonArray();
            endpoint.sessions().snapshots().forEach(snapshot -> sessions.add(describe(snapshot)));
            row.put("sessions", sessions);
            JsonArray ended = new JsonArray();
            endpoint.sessions().recentlyEnded().forEach(snapshot -> ended.add(describe(snapshot)));
            row.put("endedSessions", ended);
        }
        return row;
    }

    private static JsonObject describe(SessionSnapshot snapshot) {
        JsonObject session = new JsonObject();
        session.put("streamId", snapshot.streamId());
        session.put("label", StreamIds.label(snapshot.streamId()));
        session.put("model", snapshot.model());
        session.put("state", snapshot.state().label());
        session.put("recovering", snapshot.recovering());
        if (snapshot.slngSessionId() != null) {
            session.put("slngSessionId", snapshot.slngSessionId());
        }
        session.put("reconnects", snapshot.reconnects());
        session.put("queued", snapshot.queued());
        session.put("retainedBytes", snapshot.retainedBytes());
        session.put("resentBytes", snapshot.resentBytes());
        session.put("pendingEvents", snapshot.pendingEvents());
        if (snapshot.lastError() != null) {
            session.put("lastError", snapshot.lastError());
        }
        return session;
    }
}
