package dev.camelslng.component.http;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One HTTP request to SLNG, described so that it can be sent again on retry.
 *
 * @param purpose    what the call is for, for messages and logs (e.g. "stt slng/deepgram/nova:3-en"); never a secret
 * @param method     GET or POST
 * @param uri        the full URI; it never carries the API key
 * @param headers    request headers, including authentication
 * @param entity     makes a fresh request body for each attempt, or null for none
 * @param repeatable whether the body can be sent more than once (false for a one-shot InputStream)
 */
public record HttpCall(String purpose, String method, URI uri, List<Header> headers, Supplier<HttpEntity> entity,
                       boolean repeatable) {

    public static HttpCall get(String purpose, URI uri, List<Header> headers) {
        return new HttpCall(purpose, "GET", uri, headers, null, true);
    }

    public static HttpCall post(String purpose, URI uri, List<Header> headers, Supplier<HttpEntity> entity,
                                boolean repeatable) {
        return new HttpCall(purpose, "POST", uri, headers, entity, repeatable);
    }

    @Override
    public String toString() {
        return purpose + " (" + method + " " + uri + ")";
    }
}
