package dev.camelslng.component;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.camelslng.component.health.SlngProducerHealthCheck;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Producer;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckTest extends SlngTestSupport {

    private static final String WRONG_KEY = "slng_cu_wrong_key_42";
    private static final String GOOD = "producer:slng://tts";
    private static final String WRONG = "producer:slng://tts?apiKey=xxxxxx";
    private static final int CLOSED_PORT = AvailablePortFinder.getNextAvailable();
    private static final String UNREACHABLE = "producer:slng://tts?baseUrl=http://127.0.0.1:" + CLOSED_PORT;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("slng:tts");
                from("direct:wrong").to("slng:tts?apiKey=RAW(" + WRONG_KEY + ")");
                from("direct:unreachable").routeId("unreachable").to("slng:tts?baseUrl=http://127.0.0.1:" + CLOSED_PORT);
            }
        };
    }

    @BeforeEach
    void enableProducerChecks() {
        // Camel disables producer checks unless camel.health.producersEnabled=true
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    @Test
    void upWithTheSandboxKeyThenDownWithAWrongKey() {
        Map<String, HealthCheck.Result> results = readiness();

        HealthCheck.Result good = results.get(GOOD);
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry("gateway", SANDBOX.baseUrl()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200)
                .containsEntry(HealthCheck.ENDPOINT_URI, "slng://tts");
        assertThat((String) good.getDetails().get("x-slng-request-id")).startsWith("req_");

        HealthCheck.Result wrong = results.get(WRONG);
        assertThat(wrong.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(wrong.getMessage()).hasValue("API key rejected by SLNG gateway " + SANDBOX.baseUrl() + " (HTTP 401)");
        assertThat(wrong.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(sandbox().requests().on(SandboxRoute.ME)).hasSize(2).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/v1/me");
        });
        assertThat(results.values()).allSatisfy(HealthCheckTest::holdsNoKey);
    }

    @Test
    void downWhenTheGatewayIsUnreachable() {
        HealthCheck.Result unreachable = readiness().get(UNREACHABLE);

        assertThat(unreachable.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(unreachable.getMessage().orElseThrow()).startsWith("SLNG gateway http://127.0.0.1:" + CLOSED_PORT
                                                                      + " is unreachable: ");
        assertThat(unreachable.getDetails()).containsEntry("gateway", "http://127.0.0.1:" + CLOSED_PORT)
                .doesNotContainKey(HealthCheck.HTTP_RESPONSE_CODE);
        holdsNoKey(unreachable);
    }

    @Test
    void downWhenTheGatewayDoesNotAnswerWithinTheProbeTimeout() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.ME).delayMillis(20_000).always());
        SlngEndpoint endpoint = context.getEndpoint("slng:tts?responseTimeout=200", SlngEndpoint.class);
        endpoint.start();

        long start = System.nanoTime();
        HealthCheck.Result result = new SlngProducerHealthCheck(endpoint, () -> null).call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("SLNG gateway " + SANDBOX.baseUrl() + " did not answer GET /v1/me within 200 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).as("gave up long before the answer").isLessThan(10_000);
    }

    @Test
    void gatewayErrorsAreDownButARateLimitIsNot() {
        SlngEndpoint endpoint = context.getEndpoint("slng:tts", SlngEndpoint.class);

        sandbox().faults().add(Fault.on(SandboxRoute.ME).status(503).times(1));
        HealthCheck.Result failing = new SlngProducerHealthCheck(endpoint, () -> null).call();
        sandbox().faults().add(Fault.on(SandboxRoute.ME).status(429).times(1));
        HealthCheck.Result limited = new SlngProducerHealthCheck(endpoint, () -> null).call();

        assertThat(failing.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(failing.getMessage()).hasValue("SLNG gateway " + SANDBOX.baseUrl() + " answered GET /v1/me with HTTP 503");
        assertThat(failing.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
        assertThat(limited.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(limited.getMessage()).hasValue("SLNG gateway " + SANDBOX.baseUrl() + " is rate limiting (HTTP 429)");
    }

    @Test
    void usesTheEnvironmentKeyWhenNoneIsConfiguredLikeTheProducer() throws Exception {
        SlngEndpoint endpoint = context.getEndpoint("slng:stt", SlngEndpoint.class);
        endpoint.getConfiguration().setApiKey(null);
        endpoint.start();

        HealthCheck.Result fromEnvironment = new SlngProducerHealthCheck(endpoint, () -> API_KEY).call();
        HealthCheck.Result none = new SlngProducerHealthCheck(endpoint, () -> null).call();

        assertThat(fromEnvironment.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(none.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(none.getMessage().orElseThrow()).startsWith("No SLNG API key");
        assertThat(sandbox().requests().count(SandboxRoute.ME)).isEqualTo(1);
    }

    @Test
    void aProbeAnswerIsReusedForAFewSeconds() {
        readiness();
        Map<String, HealthCheck.Result> again = readiness();

        assertThat(again.get(GOOD).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(again.get(GOOD).getDetails()).containsEntry(HealthCheck.INVOCATION_COUNT, 2);
        // one probe each for the good and the wrong key; the unreachable gateway gets none
        assertThat(sandbox().requests().count(SandboxRoute.ME)).isEqualTo(2);
    }

    @Test
    void readinessOnlyAndGoneWhenTheProducerStops() throws Exception {
        assertThat(HealthCheckHelper.invokeLiveness(context, "full")).extracting(result -> result.getCheck().getId())
                .doesNotContain(GOOD, WRONG, UNREACHABLE);

        context.getRouteController().stopRoute("unreachable");

        assertThat(readiness()).containsKeys(GOOD, WRONG).doesNotContainKey(UNREACHABLE);
    }

    @Test
    void theComponentOptionDisablesTheCheck() throws Exception {
        context.getComponent("slng", SlngComponent.class).setHealthCheckProducerEnabled(false);
        SlngEndpoint endpoint = context.getEndpoint("slng:batch-stt", SlngEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        try {
            HealthCheck.Result result = readiness().get("producer:slng://batch-stt");

            assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
            assertThat(result.getMessage()).hasValue("Disabled");
            assertThat(sandbox().requests().count(SandboxRoute.ME)).isEqualTo(2);
        } finally {
            producer.stop();
        }
    }

    private Map<String, HealthCheck.Result> readiness() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context, "full");
        return results.stream().filter(result -> result.getCheck().getId().startsWith("producer:slng"))
                .collect(Collectors.toMap(result -> result.getCheck().getId(), Function.identity()));
    }

    private static void holdsNoKey(HealthCheck.Result result) {
        assertThat(result.getCheck().getId()).doesNotContain(API_KEY, WRONG_KEY);
        assertThat(result.getMessage().orElse("")).doesNotContain(API_KEY, WRONG_KEY);
        assertThat(result.getDetails().values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(API_KEY, WRONG_KEY));
        assertThat(result.getError()).isEmpty();
    }
}
