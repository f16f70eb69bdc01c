package dev.camelslng.examples.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.sandbox.engine.EngineKind;

/**
 * The SLNG gateway the example talks to, as the environment names it.
 *
 * @param apiKey         SLNG_API_KEY, or null
 * @param baseUrl        SLNG_BASE_URL, or null for the SLNG gateway
 * @param allowPlainHttp SLNG_ALLOW_PLAIN_HTTP=true: a plain http:// SLNG_BASE_URL to a host that is not loopback is
 *                       accepted (the key then crosses the network in clear)
 * @param localEngine    SLNG_LOCAL_ENGINE: how the embedded local server speaks and listens when there is neither a key
 *                       nor an address, {@code real} (the default) or {@code tone}
 */
public record Gateway(String apiKey, String baseUrl, boolean allowPlainHttp, EngineKind localEngine) {

    /** The variables every example reads besides SLNG_API_KEY, for its {@code --help}. */
    public static final String USAGE = """
              SLNG_BASE_URL  gateway base URL (default https://api.slng.ai); plain http:// only to a loopback
                             host, unless SLNG_ALLOW_PLAIN_HTTP=true
              SLNG_LOCAL_ENGINE
                             real (default): the embedded server speaks and listens for real, offline
                             (FreeTTS and Sphinx4, about 5 s to load); tone: instant tones, not speech
            """;

    private static final int RECONNECT_ATTEMPTS = 5;
    private static final long RECONNECT_MAX_DELAY_MILLIS = 8000;

    /**
     * @param  env                   the environment, usually {@code System.getenv()}
     * @return                       the gateway it names; blank variables count as unset
     * @throws CannotFinishException if SLNG_BASE_URL is not an http(s) URL or SLNG_LOCAL_ENGINE names no engine; the
     *                               component checks the rest when it starts
     */
    public static Gateway fromEnvironment(Map<String, String> env) {
        return new Gateway(blankToNull(env.get("SLNG_API_KEY")), checkedBaseUrl(blankToNull(env.get("SLNG_BASE_URL"))),
                "true".equalsIgnoreCase(blankToNull(env.get("SLNG_ALLOW_PLAIN_HTTP"))),
                engineNamed(blankToNull(env.get("SLNG_LOCAL_ENGINE"))));
    }

    /** @return whether there is nothing to talk to but the embedded local server: neither a key nor a gateway address */
    public boolean needsEmbeddedServer() {
        return apiKey == null && baseUrl == null;
    }

    /**
     * @param  newBaseUrl the address to talk to instead
     * @param  newApiKey  the key it takes
     * @return            this gateway, pointed elsewhere
     */
    public Gateway withAddress(String newBaseUrl, String newApiKey) {
        return new Gateway(newApiKey, newBaseUrl, allowPlainHttp, localEngine);
    }

    /**
     * Points the component at this gateway, with the patience of a command line someone is watching: a gateway that
     * cannot be reached fails the run after 5 reconnect attempts, about 20 s, where the component's defaults (10 attempts
     * up to 30 s apart) suit a long-running route. A drop mid-stream is still bridged: the count starts again once a
     * connection is ready.
     *
     * @param component the {@code slng} component of the run's CamelContext
     */
    public void configure(SlngComponent component) {
        SlngConfiguration configuration = component.getConfiguration();
        configuration.setReconnectMaxAttempts(RECONNECT_ATTEMPTS);
        configuration.setReconnectMaxDelay(RECONNECT_MAX_DELAY_MILLIS);
        if (baseUrl != null) {
            configuration.setBaseUrl(baseUrl);
        }
        if (apiKey != null) {
            configuration.setApiKey(apiKey);
        }
        configuration.setAllowPlainHttp(allowPlainHttp);
    }

    /** The value is not echoed: a key pasted into the wrong variable must not end up in the output. */
    private static String checkedBaseUrl(String value) {
        if (value != null && !isHttpUrl(value)) {
            throw new CannotFinishException("SLNG_BASE_URL is not an http:// or https:// URL such as https://api.slng.ai");
        }
        return value;
    }

    private static EngineKind engineNamed(String value) {
        if (value == null) {
            return EngineKind.REAL;
        }
        try {
            return EngineKind.of(value);
        } catch (IllegalArgumentException e) {
            throw new CannotFinishException("SLNG_LOCAL_ENGINE is neither real nor tone");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The key is left out: records print all their fields. */
    @Override
    public String toString() {
        return "Gateway[" + (baseUrl == null ? "SLNG" : baseUrl) + "]";
    }
}
