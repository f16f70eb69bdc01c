package dev.camelslng.component.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.component.protocol.ModelId;

/**
 * Where an endpoint's requests go. An explicit {@code baseUrl} wins (a local or compatible server); otherwise a
 * {@code worldPart} selects a regional gateway ({@code https://{wp}.api.slng.ai}); otherwise the global host.
 *
 * @param gateway the real-time gateway base, without a trailing slash
 * @param batch   the batch API base, without a trailing slash
 */
public record GatewayAddress(String gateway, String batch) {

    public static final String GLOBAL_GATEWAY = "https://api.slng.ai";
    public static final String GLOBAL_BATCH = "https://api.batch.slng.ai";
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public static GatewayAddress of(SlngConfiguration config) {
        String worldPart = config.getWorldPart();
        if (worldPart != null && !DNS_LABEL.matcher(worldPart).matches()) {
            throw new IllegalArgumentException("Invalid worldPart '" + worldPart
                                               + "': expected one lower-case DNS label such as eu-west or us-east");
        }
        String gateway = config.getBaseUrl() != null
                ? checkedBase("baseUrl", config.getBaseUrl())
                : worldPart != null ? "https://" + worldPart + ".api.slng.ai" : GLOBAL_GATEWAY;
        String batch = config.getBatchBaseUrl() != null
                ? checkedBase("batchBaseUrl", config.getBatchBaseUrl())
                : config.getBaseUrl() != null ? gateway : GLOBAL_BATCH;
        return new GatewayAddress(gateway, batch);
    }

    /** The unified bridge URI, e.g. {@code .../v1/bridges/unmute/tts/slng/deepgram/aura:2-en}; / and : stay as they are. */
    public URI bridge(String kind, ModelId model) {
        return URI.create(gateway + "/v1/bridges/unmute/" + kind + "/" + model.value());
    }

    public URI batchJobs() {
        return URI.create(batch + "/v1/batch/jobs");
    }

    public URI batchJob(String jobId) {
        return URI.create(batch + "/v1/batch/jobs/" + jobId);
    }

    public URI batchJobFiles(String jobId) {
        return URI.create(batch + "/v1/batch/jobs/" + jobId + "/files");
    }

    private static String checkedBase(String option, String value) {
        try {
            URI uri = new URI(value.trim());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null) {
                throw new IllegalArgumentException("Invalid " + option + " '" + value
                                                   + "': expected an http:// or https:// URL such as https://api.slng.ai");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("Invalid " + option + ": credentials do not belong in the URL;"
                                                   + " use the apiKey option");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "': " + e.getMessage(), e);
        }
        String trimmed = value.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
