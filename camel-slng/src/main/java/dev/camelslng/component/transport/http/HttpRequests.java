package dev.camelslng.component.transport.http;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes the Apache HttpClient request of an {@link HttpCall}. The response timeout and "no redirects" are set on each
 * request, so that a user-supplied client honours them too; a request's config replaces the client's default rather
 * than merging with it, so it starts from the client's own.
 */
final class HttpRequests {

    private final RequestConfig clientConfig;
    private final long responseTimeout;
    private final RequestConfig usualConfig;

    HttpRequests(CloseableHttpClient client, long responseTimeout) {
        this.clientConfig = client instanceof Configurable configurable && configurable.getConfig() != null
                ? configurable.getConfig() : RequestConfig.DEFAULT;
        this.responseTimeout = responseTimeout;
        this.usualConfig = config(responseTimeout);
    }

    /** @param timeout the response timeout of this attempt: responseTimeout, or less when the exchange has less left */
    HttpUriRequestBase of(HttpCall call, long timeout) {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
        request.setConfig(timeout < responseTimeout ? config(timeout) : usualConfig);
        for (Header header : call.headers()) {
            request.addHeader(header);
        }
        if (call.entity() != null) {
            request.setEntity(call.entity().get());
        }
        return request;
    }

    private RequestConfig config(long timeoutMillis) {
        return RequestConfig.copy(clientConfig).setResponseTimeout(Timeout.ofMilliseconds(timeoutMillis))
                .setRedirectsEnabled(false).build();
    }
}
