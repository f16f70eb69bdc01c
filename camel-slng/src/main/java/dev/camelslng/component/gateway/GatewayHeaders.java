package dev.camelslng.component.gateway;

import java.util.ArrayList;
import java.util.List;

import dev.camelslng.component.MessageOptions;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;

/** The headers every gateway call carries: authentication, routing, BYOK and usage tracking. */
public final class GatewayHeaders {

    private GatewayHeaders() {
    }

    public static List<Header> of(MessageOptions options) {
        List<Header> headers = new ArrayList<>();
        headers.add(authorization(options.apiKey()));
        addIfSet(headers, "X-Region-Override", options.region());
        addIfSet(headers, "X-World-Part-Override", options.worldPartOverride());
        addIfSet(headers, "X-SLNG-Agent-Id", options.agentId());
        addIfSet(headers, "X-SLNG-Session-Id", options.sessionId());
        if (options.providerApiKey() != null) {
            headers.add(new BasicHeader("X-Slng-Provider-Key", options.providerApiKey(), true));
        }
        return List.copyOf(headers);
    }

    /** The Authorization header that carries the API key, marked sensitive (HTTP/2 header compression never indexes it). */
    public static Header authorization(String apiKey) {
        return new BasicHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey, true);
    }

    private static void addIfSet(List<Header> headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(new BasicHeader(name, value));
        }
    }
}
