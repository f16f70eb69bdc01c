package dev.camelslng.component.health;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.Supplier;

import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngEndpoint;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.GatewayHeaders;
import dev.camelslng.component.protocol.SafeText;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.HttpResult;
import dev.camelslng.component.transport.http.SlngHttpExecutor;

/**
 * Asks the gateway whom an endpoint's API key belongs to, {@code GET /v1/me}, which costs no credits. It goes through the
 * endpoint's own HTTP client (TLS, proxy, connect timeout), once, without retries, and waits for the answer at most
 * {@link #TIMEOUT_MILLIS} (or the endpoint's shorter responseTimeout). Messages name the gateway, never the key.
 */
final class GatewayProbe {

    static final long TIMEOUT_MILLIS = 5000;
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final int TOO_MANY_REQUESTS = 429;

    private GatewayProbe() {
    }

    static ProbeResult probe(SlngEndpoint endpoint, Supplier<String> environmentKey) {
        SlngHttpExecutor executor = endpoint.httpExecutor();
        GatewayAddress address = endpoint.address();
        if (executor == null || address == null) {
            return ProbeResult.down("The slng endpoint is not started", null, null);
        }
        String gateway = SafeText.withoutQuery(address.gateway());
        String apiKey;
        try {
            apiKey = MessageOptions.apiKey(endpoint.getConfiguration().getApiKey(), environmentKey);
        } catch (SlngException e) {
            return ProbeResult.down(e.getMessage(), gateway, null);
        }
        HttpCall call = HttpCall.get("health probe", address.account(), List.of(GatewayHeaders.authorization(apiKey)),
                MAX_BODY_BYTES);
        long timeout = Math.min(endpoint.getConfiguration().getResponseTimeout(), TIMEOUT_MILLIS);
        try {
            return judge(executor.sendOnce(call, timeout), gateway);
        } catch (SocketTimeoutException e) {
            return ProbeResult.down("SLNG gateway " + gateway + " did not answer GET /v1/me within " + timeout + " ms",
                    gateway, null);
        } catch (IOException | RuntimeException e) {
            return ProbeResult.down("SLNG gateway " + gateway + " is unreachable: " + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), gateway, null);
        }
    }

    /** The answer's body is never quoted: a gateway that echoed the key would otherwise put it in the health report. */
    private static ProbeResult judge(HttpResult answer, String gateway) {
        int status = answer.status();
        if (answer.isSuccess()) {
            return ProbeResult.up(null, gateway, answer);
        }
        if (status == 401 || status == 403) {
            return ProbeResult.down("API key rejected by SLNG gateway " + gateway + " (HTTP " + status + ")", gateway, answer);
        }
        if (status == TOO_MANY_REQUESTS) {
            // The gateway is there. A rate limit is shared by every instance: taking them all out of readiness helps nobody.
            return ProbeResult.up("SLNG gateway " + gateway + " is rate limiting (HTTP 429)", gateway, answer);
        }
        if (status < 400) {
            return ProbeResult.down("SLNG gateway " + gateway + " answered GET /v1/me with a redirect (HTTP " + status
                                    + "), which is not followed; check baseUrl", gateway, answer);
        }
        return ProbeResult.down("SLNG gateway " + gateway + " answered GET /v1/me with HTTP " + status, gateway, answer);
    }
}
