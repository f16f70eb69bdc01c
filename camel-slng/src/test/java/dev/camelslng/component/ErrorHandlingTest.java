package dev.camelslng.component;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTest extends SlngTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(SlngApiException.class).handled(true)
                        .setBody(simple("${exception.statusCode}"))
                        .to("mock:failed");
                from("direct:handled").to("slng:tts").to("mock:spoken");
            }
        };
    }

    @Test
    void wrongKeyIs401WithoutRetries() {
        Exchange exchange = send("slng:tts?apiKey=slng_cu_wrong_key_123", "hello");

        SlngApiException error = (SlngApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getErrorMessage()).isEqualTo("Unauthorized");
        assertThat(error.getMessage()).doesNotContain("slng_cu_wrong_key_123");
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(1);
    }

    @Test
    void validationErrorIs400WithTheServersDetails() {
        Exchange exchange = send("slng:stt?sampleRate=12345", speech("bad rate"));

        SlngApiException error = (SlngApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrorMessage()).isEqualTo("Validation error");
        assertThat(error.getErrorDetails()).contains("sample_rate");
        assertThat(error.getRequestId()).startsWith("req_");
        assertThat(error.getMessage()).contains("stt slng/deepgram/nova:3-en").contains("HTTP 400")
                .contains(error.getRequestId());
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(1);
    }

    @Test
    void invalidModelIdIsRefusedBeforeSending() {
        Exchange exchange = send("slng:tts?model=deepgram aura", "hello");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("Invalid SLNG model id 'deepgram aura'");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void rateLimitHonoursRetryAfterThenSucceeds() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(429).header("Retry-After", "1").times(1));

        long start = System.nanoTime();
        Exchange exchange = send("slng:tts?retryMaxDelay=2000", "after a pause");
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(speech("after a pause"));
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(2);
        // retryInitialDelay is 10 ms here: only Retry-After explains a wait of a second
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void serviceUnavailableUntilRetriesAreExhausted() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(503).always());

        Exchange exchange = send("slng:stt?retryMaxAttempts=4", speech("never heard"));

        SlngApiException error = (SlngApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(503);
        assertThat(error.getRequestId()).startsWith("req_");
        assertThat(error.getMessage()).contains("HTTP 503").contains("after 4 attempts").contains(error.getRequestId());
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(4);
    }

    @Test
    void aPostLostAfterItWasSentIsNotRetried() {
        // The sandbox reads the whole request, then closes: SLNG may be transcribing (and billing) it already.
        sandbox().faults().add(Fault.on(SandboxRoute.STT).closeConnection().times(1));

        Exchange exchange = send("slng:stt", speech("heard once"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("failed after 1 attempt(s)").hasMessageContaining("NoHttpResponseException")
                .hasMessageContaining("not retried: the connection failed after the request was sent")
                .hasMessageContaining("requestSentRetryEnabled=true");
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(1);
    }

    @Test
    void aPostLostAfterItWasServedIsRetriedWhenTheCallerAcceptsADuplicate() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).closeConnection().afterServing().times(1));

        assertThat(template.requestBody("slng:tts?requestSentRetryEnabled=true", "said twice", byte[].class)).isNotEmpty();
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(2);
    }

    @Test
    void unreachableServerFailsAfterRetriesWithTheCause() {
        Exchange exchange = send("slng:tts?baseUrl=http://127.0.0.1:1&retryMaxAttempts=2", "nobody listens");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("failed after 2 attempt(s)").hasMessageContaining("Connect")
                .hasMessageNotContaining("not retried");
    }

    @Test
    void responseTimeoutFailsWithoutRetry() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(1500).times(1));

        Exchange exchange = send("slng:tts?responseTimeout=200", "too slow");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("no response within responseTimeout=200 ms");
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAClearError() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).malformedJson().times(1));

        Exchange exchange = send("slng:stt", speech("garbled"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("returned HTTP 200 with a body that is not the expected JSON");
        assertThat(((SlngException) exchange.getException()).getRequestId()).startsWith("req_");
    }

    @Test
    void byokOnAnSlngHostedModelIsRefusedBeforeSending() {
        Exchange exchange = send("slng:stt?providerApiKey=dg_secret_abc&model=slng/deepgram/nova:3-en", speech("x"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("BYOK refused before sending").hasMessageNotContaining("dg_secret_abc");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void byokOnAnExternalModelIsSent() {
        String transcript = template.requestBodyAndHeader("slng:stt?model=deepgram/nova:3", speech("my own key"),
                SlngConstants.PROVIDER_API_KEY, "dg_secret_abc", String.class);

        assertThat(transcript).isEqualTo("my own key");
        assertThat(sandbox().requests().last().hasProviderKey()).isTrue();
    }

    @Test
    void failuresGoThroughCamelsErrorHandler() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(500).always());
        MockEndpoint failed = getMockEndpoint("mock:failed");
        failed.expectedBodiesReceived("500");
        getMockEndpoint("mock:spoken").expectedMessageCount(0);

        template.sendBody("direct:handled", "boom");

        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void aRetryAfterLongerThanRetryMaxDelayFailsAtOnceSayingWhatWasAsked() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(429).header("Retry-After", "3600").always());

        long start = System.nanoTime();
        Exchange exchange = send("slng:tts", "not in an hour");

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        SlngApiException error = (SlngApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.getMessage()).contains("retry after 3600.0 s (Retry-After)").contains("retryMaxDelay=50 ms");
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(1);
    }

    @Test
    void callTimeoutBoundsAnExchangeAcrossRetries() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).always());

        long start = System.nanoTime();
        Exchange exchange = send("slng:tts?retryMaxAttempts=1000&retryInitialDelay=100&retryMaxDelay=100&callTimeout=800",
                "until the time is up");

        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(500L, 5000L);
        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("callTimeout=800 ms");
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isBetween(2, 20);
    }

    @Test
    void aRedirectIsAnErrorAndIsNotFollowed() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(302)
                .header("Location", sandbox().baseUrl() + "/elsewhere?X-Amz-Signature=abc123").times(1));

        Exchange exchange = send("slng:tts", "moved");

        SlngApiException error = (SlngApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(302);
        assertThat(error.getMessage()).contains("a redirect to " + sandbox().baseUrl() + "/elsewhere, which is not followed")
                .doesNotContain("abc123");
        assertThat(sandbox().requests().count(SandboxRoute.ANY)).isEqualTo(1);
    }

    @Test
    void callTimeoutAlsoBoundsTheWaitForAPooledConnection() throws Exception {
        org.apache.hc.client5.http.impl.classic.CloseableHttpClient oneConnection
                = org.apache.hc.client5.http.impl.classic.HttpClients.custom().setConnectionManager(
                        org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                                .setMaxConnTotal(1).setMaxConnPerRoute(1).build()).build();
        context.getRegistry().bind("oneConnection", oneConnection);
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(6000).times(1));
        java.util.concurrent.CompletableFuture<Exchange> holdsTheConnection = template.asyncSend(
                "slng:tts?httpClient=#oneConnection", ex -> ex.getMessage().setBody("slow"));
        // the server has its request: the one connection is taken, for six seconds
        org.awaitility.Awaitility.await().until(() -> sandbox().requests().count(SandboxRoute.TTS) == 1);

        Exchange waiting = send("slng:tts?httpClient=#oneConnection&callTimeout=1000", "queued behind it");

        assertThat(waiting.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("did not finish within callTimeout=1000 ms");
        assertThat(holdsTheConnection).as("it gave up while the connection was still taken").isNotDone();
        assertThat(holdsTheConnection.get(10, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        oneConnection.close();
    }

    @Test
    void theDefaultsOfAConfiguredClientAreKept() {
        org.apache.camel.component.http.HttpClientConfigurer expectContinue = builder -> builder.setDefaultRequestConfig(
                org.apache.hc.client5.http.config.RequestConfig.custom().setExpectContinueEnabled(true).build());
        context.getRegistry().bind("expectContinue", expectContinue);

        String transcript = template.requestBody("slng:stt?httpClientConfigurer=#expectContinue", speech("kept"), String.class);

        assertThat(transcript).isEqualTo("kept");
        assertThat(sandbox().requests().last().header("Expect")).isEqualTo("100-continue");
    }
}
