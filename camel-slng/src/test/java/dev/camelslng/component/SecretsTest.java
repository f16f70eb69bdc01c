package dev.camelslng.component;

import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and presigned URLs must not leak through logs (everything at TRACE), exception messages, endpoint URIs or
 * toString. The one exception is Apache HttpClient's raw header and wire logging, which prints headers as sent, as it does
 * for camel-http: those two loggers stay at INFO here (see {@link CapturedLogs}), and the component warns when they are
 * enabled.
 */
class SecretsTest extends SlngTestSupport {

    private static final String URI_KEY = "slng_cu_uri_key_5d1e";
    /**
     * Camel resolves an endpoint from the URI as the route wrote it and prints it so at TRACE, key and all, for every
     * component (README, "Pointing at the real gateway"); a key kept out of URIs is not in these lines ({@link StreamSecretsTest}).
     */
    private static final Pattern CAMEL_ENDPOINT_RESOLUTION = Pattern.compile(
            "^TRACE org\\.apache\\.camel\\.(impl\\.engine\\.AbstractCamelContext|support\\.EndpointHelper|support\\.DefaultComponent) .*$",
            Pattern.MULTILINE);
    private static final String PROVIDER_KEY = "dg_provider_key_77aa";
    private CapturedLogs logs;

    @BeforeEach
    void captureAllLogs() {
        logs = new CapturedLogs();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @Test
    void keysAppearNowhere() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(503).times(1));
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(429).header("Retry-After", "0").times(1));
        String uri = "slng:stt?apiKey=" + API_KEY + "&providerApiKey=" + PROVIDER_KEY + "&model=deepgram/nova:3";

        Exchange retried = send(uri, speech("after two retries"));
        Exchange wrongKey = send("slng:tts?apiKey=" + URI_KEY, "who am i");
        Exchange byokRefused = template.send("slng:stt?model=slng/deepgram/nova:3-en", exchange -> {
            exchange.getMessage().setBody(speech("refused"));
            exchange.getMessage().setHeaders(Map.of(SlngConstants.PROVIDER_API_KEY, PROVIDER_KEY,
                    SlngConstants.API_KEY, URI_KEY));
        });
        Endpoint endpoint = context.getEndpoint(uri);

        assertThat(retried.getMessage().getBody(String.class)).isEqualTo("after two retries");
        assertThat(wrongKey.getException()).isInstanceOf(SlngApiException.class);
        assertThat(byokRefused.getException()).isInstanceOf(SlngException.class);
        assertThat(byokRefused.getMessage().getHeaders()).doesNotContainKeys(SlngConstants.PROVIDER_API_KEY,
                SlngConstants.API_KEY);
        String everything = CAMEL_ENDPOINT_RESOLUTION.matcher(logs.text()).replaceAll("") + "\n" + describe(wrongKey.getException()) + "\n"
                            + describe(byokRefused.getException()) + "\n" + endpoint + "\n" + endpoint.getEndpointBaseUri()
                            + "\n" + context.getEndpoints() + "\n" + wrongKey.getMessage().getHeaders();
        assertThat(logs.text()).contains("retrying");
        assertThat(everything).doesNotContain(URI_KEY).doesNotContain(PROVIDER_KEY).doesNotContain(API_KEY);
    }

    @Test
    void presignedDownloadUrlsAppearWithoutTheirQuery() {
        sandbox().faults().add(Fault.on(SandboxRoute.BATCH_DOWNLOAD).status(500).always());

        Exchange failed = send("slng:batch-stt", speech("signed"));

        assertThat(failed.getException()).isInstanceOf(SlngApiException.class)
                .hasMessageContaining("/_sandbox/downloads/");
        assertThat(sandbox().requests().count(SandboxRoute.BATCH_DOWNLOAD)).isEqualTo(3);
        // The sandbox's own request logs are the server's; HttpClient's execution log prints the request line as sent
        // (the component warns when it is at DEBUG, as for its header and wire logs).
        String clientLogs = logs.textExcept("dev.camelslng.sandbox", "io.vertx", "io.netty", "org.apache.hc.client5");
        assertThat(clientLogs).contains("/_sandbox/downloads/");
        assertThat(describe(failed.getException()) + clientLogs).doesNotContain("X-Amz-Signature");
    }

    static String describe(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }
}
