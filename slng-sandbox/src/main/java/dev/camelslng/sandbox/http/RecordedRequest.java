package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable record of a request the sandbox received, for assertions in tests. Credentials are never kept: the
 * {@code Authorization}, {@code X-API-Key} and {@code X-Slng-Provider-Key} headers and the {@code token} query parameter
 * are left out, and only the facts {@link #authenticated()} and {@link #hasProviderKey()} remain.
 */
public final class RecordedRequest {

    private static final String PROVIDER_KEY_HEADER = "X-Slng-Provider-Key";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key", PROVIDER_KEY_HEADER.toLowerCase());
    private static final String TOKEN_PARAM = "token";

    private final SandboxRoute route;
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final boolean providerKey;
    private final boolean authenticated;
    private final Map<String, String> formAttributes;
    private final JsonNode jsonBody;
    private final long audioBytes;
    private final String audioFileName;
    private final String audioContentType;

    private RecordedRequest(SandboxRoute route, HttpServerRequest request, RequestBody body, boolean authenticated) {
        this.route = route;
        this.method = request.method().name();
        this.path = request.path();
        this.query = firstValues(request.params(), Set.of(TOKEN_PARAM), false);
        this.headers = firstValues(request.headers(), SECRET_HEADERS, true);
        this.providerKey = request.getHeader(PROVIDER_KEY_HEADER) != null;
        this.authenticated = authenticated;
        this.formAttributes = firstValues(body.form(), Set.of(), false);
        this.jsonBody = body.json();
        UploadedAudio audio = body.audio();
        this.audioBytes = audio == null ? 0 : audio.bytes();
        this.audioFileName = audio == null ? null : audio.fileName();
        this.audioContentType = audio == null ? null : audio.contentType();
    }

    static RecordedRequest of(SandboxRoute route, HttpServerRequest request, RequestBody body, boolean authenticated) {
        return new RecordedRequest(route, request, body, authenticated);
    }

    private static Map<String, String> firstValues(MultiMap source, Set<String> excluded, boolean caseInsensitive) {
        Map<String, String> result = caseInsensitive ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new LinkedHashMap<>();
        for (String name : source.names()) {
            if (!excluded.contains(caseInsensitive ? name.toLowerCase() : name)) {
                result.put(name, source.get(name));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** @return the route the request was made on */
    public SandboxRoute route() {
        return route;
    }

    /** @return the HTTP method, e.g. {@code POST} */
    public String method() {
        return method;
    }

    /** @return the path exactly as received, not decoded, without the query */
    public String path() {
        return path;
    }

    /** @return the decoded query parameters (first value of each), without {@code token} */
    public Map<String, String> query() {
        return query;
    }

    /**
     * A request header.
     *
     * @param  name the header name, any case
     * @return      its first value, or null if absent or a credential
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** @return all headers except credentials (first value of each), looked up case-insensitively */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return whether an {@code X-Slng-Provider-Key} header was sent */
    public boolean hasProviderKey() {
        return providerKey;
    }

    /** @return whether the request carried the sandbox's API key */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return the multipart text fields (first value of each) */
    public Map<String, String> formAttributes() {
        return formAttributes;
    }

    /** @return the body parsed as JSON, or null if it was not JSON */
    public JsonNode jsonBody() {
        return jsonBody;
    }

    /** @return how many bytes the audio (or batch file) part held, 0 if none */
    public long audioBytes() {
        return audioBytes;
    }

    /** @return the file name of the audio part, or null */
    public String audioFileName() {
        return audioFileName;
    }

    /** @return the content type of the audio part, or null */
    public String audioContentType() {
        return audioContentType;
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + route + " " + method + " " + path + ", authenticated=" + authenticated + "]";
    }
}
