package dev.camelslng.examples.filedrop;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the example reads from its environment. Folders default to {@code file-drop/...} under the working directory.
 *
 * @param apiKey  SLNG_API_KEY, or null
 * @param baseUrl SLNG_BASE_URL, or null for the SLNG gateway
 * @param inbox   SLNG_INBOX: recordings dropped here are transcribed
 * @param outbox  SLNG_OUTBOX: {@code <name>.txt} and {@code <name>.json} are written here
 * @param done    SLNG_DONE: transcribed recordings are moved here
 * @param failed  SLNG_FAILED: recordings that could not be transcribed are moved here, each next to a file saying why,
 *                e.g. {@code call.wav} and {@code call.wav.error.txt}
 * @param allowPlainHttp SLNG_ALLOW_PLAIN_HTTP=true: a plain http:// SLNG_BASE_URL to a host that is not loopback is
 *                accepted (the key then crosses the network in clear)
 */
public record FileDropSettings(String apiKey, String baseUrl, Path inbox, Path outbox, Path done, Path failed,
                               boolean allowPlainHttp) {

    /**
     * @throws CannotStartException if SLNG_BASE_URL is not an http(s) URL; the component checks the rest when it starts
     */
    public static FileDropSettings fromEnvironment(Map<String, String> env, Path workDir) {
        Path root = workDir.resolve("file-drop");
        return new FileDropSettings(blankToNull(env.get("SLNG_API_KEY")), checkedBaseUrl(blankToNull(env.get("SLNG_BASE_URL"))),
                folder(env, "SLNG_INBOX", root.resolve("inbox")), folder(env, "SLNG_OUTBOX", root.resolve("outbox")),
                folder(env, "SLNG_DONE", root.resolve("done")), folder(env, "SLNG_FAILED", root.resolve("failed")),
                "true".equalsIgnoreCase(blankToNull(env.get("SLNG_ALLOW_PLAIN_HTTP"))));
    }

    /** With neither a key nor a gateway address there is nothing to talk to but the embedded local server. */
    public boolean needsEmbeddedServer() {
        return apiKey == null && baseUrl == null;
    }

    /** The same settings, pointed at another gateway with another key. */
    public FileDropSettings withGateway(String newBaseUrl, String newApiKey) {
        return new FileDropSettings(newApiKey, newBaseUrl, inbox, outbox, done, failed, allowPlainHttp);
    }

    /** The value is not echoed: a key pasted into the wrong variable must not end up in the output. */
    private static String checkedBaseUrl(String value) {
        if (value != null && !isHttpUrl(value)) {
            throw new CannotStartException("SLNG_BASE_URL is not an http:// or https:// URL such as https://api.slng.ai");
        }
        return value;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Path folder(Map<String, String> env, String name, Path fallback) {
        String value = blankToNull(env.get(name));
        return (value == null ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "FileDropSettings[gateway=" + (baseUrl == null ? "SLNG" : baseUrl) + ", inbox=" + inbox + ", outbox="
               + outbox + ", done=" + done + ", failed=" + failed + "]";
    }
}
