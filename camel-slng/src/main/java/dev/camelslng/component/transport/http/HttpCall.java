package dev.camelslng.component.transport.http;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import dev.camelslng.component.protocol.SafeText;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One HTTP request to SLNG, described so that it can be sent again on retry.
 *
 * @param purpose      what the call is for, for messages and logs (e.g. "stt slng/deepgram/nova:3-en"); never a secret
 * @param method       GET or POST
 * @param uri          the full URI; it never carries the API key, but may carry a presigned query string
 * @param headers      request headers, including authentication
 * @param entity       makes a fresh request body for each attempt, or null for none
 * @param repeatable   whether the body can be sent more than once (false for a one-shot InputStream)
 * @param resendable   whether the call may be sent again after a failure that may have reached SLNG: a GET, a submit
 *                     SLNG cannot run twice, or a POST whose caller accepts a duplicate (requestSentRetryEnabled)
 * @param maxBodyBytes the largest successful response body that is read; a larger one fails the call
 */
public record HttpCall(String purpose, String method, URI uri, List<Header> headers, Supplier<HttpEntity> entity,
                       boolean repeatable, boolean resendable, long maxBodyBytes) {

    public static HttpCall get(String purpose, URI uri, List<Header> headers, long maxBodyBytes) {
        return new HttpCall(purpose, "GET", uri, headers, null, true, true, maxBodyBytes);
    }

    public static HttpCall post(String purpose, URI uri, List<Header> headers, Supplier<HttpEntity> entity,
                                boolean repeatable, boolean resendable, long maxBodyBytes) {
        return new HttpCall(purpose, "POST", uri, headers, entity, repeatable, resendable, maxBodyBytes);
    }

    /** The URI without query or fragment: presigned URLs carry credentials there. */
    public String safeUri() {
        return SafeText.withoutQuery(uri.toString());
    }

    @Override
    public String toString() {
        return purpose + " (" + method + " " + safeUri() + ")";
    }
}
