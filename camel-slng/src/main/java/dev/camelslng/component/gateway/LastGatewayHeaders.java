package dev.camelslng.component.gateway;

import java.util.List;
import java.util.Objects;

import dev.camelslng.component.MessageOptions;
import org.apache.hc.core5.http.Header;

/**
 * The gateway headers of the last message, made again only when its key or routing differ: a stream producer sends many
 * small messages with the same ones, and making them was a tenth of its CPU per message. Thread-safe.
 */
public final class LastGatewayHeaders {

    private record Made(MessageOptions options, List<Header> headers) {
    }

    private volatile Made last;

    public List<Header> of(MessageOptions options) {
        Made made = last;
        if (made == null || !sameGateway(made.options(), options)) {
            made = new Made(options, GatewayHeaders.of(options));
            last = made;
        }
        return made.headers();
    }

    private static boolean sameGateway(MessageOptions a, MessageOptions b) {
        return a.apiKey().equals(b.apiKey()) && Objects.equals(a.providerApiKey(), b.providerApiKey())
               && Objects.equals(a.region(), b.region()) && Objects.equals(a.worldPartOverride(), b.worldPartOverride())
               && Objects.equals(a.agentId(), b.agentId()) && Objects.equals(a.sessionId(), b.sessionId());
    }
}
