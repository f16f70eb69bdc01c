package dev.camelslng.component.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.component.protocol.ModelId;
import dev.camelslng.component.protocol.SafeText;

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
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public static GatewayAddress of(SlngConfiguration config) {
        String worldPart = config.getWorldPart();
        if (worldPart != null && !DNS_LABEL.matcher(worldPart).matches()) {
            throw new IllegalArgumentException("Invalid worldPart '" + worldPart
                                               + "': expected one lower-case DNS label such as eu-west or us-east");
        }
        String gateway = config.getBaseUrl() != null
                ? checkedBase("baseUrl", config.getBaseUrl(), config.isAllowPlainHttp())
                : worldPart != null ? "https://" + worldPart + ".api.slng.ai" : GLOBAL_GATEWAY;
        String batch = config.getBatchBaseUrl() != null
                ? checkedBase("batchBaseUrl", config.getBatchBaseUrl(), config.isAllowPlainHttp())
                : config.getBaseUrl() != null ? gateway : GLOBAL_BATCH;
        return new GatewayAddress(gateway, batch);
    }

    /** The unified bridge URI, e.g. {@code .../v1/bridges/unmute/tts/slng/deepgram/aura:2-en}; / and : stay as they are. */
    public URI bridge(String kind, ModelId model) {
        return URI.create(gateway + "/v1/bridges/unmute/" + kind + "/" + model.value());
    }

    /** The account probe, {@code GET /v1/me}: it costs no credits. */
    public URI account() {
        return URI.create(gateway + "/v1/me");
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

    private static String checkedBase(String option, String value, boolean allowPlainHttp) {
        try {
            URI uri = new URI(value.trim());
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            if (!https && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("Invalid " + option + " '" + SafeText.withoutQuery(value)
                                                   + "': expected an http:// or https:// URL such as https://api.slng.ai");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("Invalid " + option + ": credentials do not belong in the URL;"
                                                   + " use the apiKey option");
            }
            if (!https && !allowPlainHttp && !isLoopback(uri.getHost())) {
                throw new IllegalArgumentException("Refusing " + option + " " + SafeText.withoutQuery(value) + ": plain http:// would"
                                                   + " send the API key in clear text to a host that is not loopback; use"
                                                   + " https:// or set allowPlainHttp=true for a trusted network");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid " + option + " '" + SafeText.withoutQuery(value) + "': " + e.getReason(), e);
        }
        String trimmed = value.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** localhost, 127.0.0.0/8 and ::1, decided from the name alone: no DNS lookup, which could be spoofed. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || IPV4_LOOPBACK.matcher(name).matches()
               || name.equals("[::1]") || name.equals("::1") || name.equals("[0:0:0:0:0:0:0:1]");
    }
}
