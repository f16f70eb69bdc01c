package dev.camelslng.component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DevConsoleTest extends SlngTestSupport {

    private static final String URI = "slng:tts?apiKey=RAW(" + API_KEY + ")&retryMaxAttempts=2";
    private static final String SANITIZED_URI = "slng://tts?apiKey=xxxxxx&retryMaxAttempts=2";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to(URI);
                from("direct:transcribe").to("slng:stt");
            }
        };
    }

    @Test
    void listsEachEndpointWithItsCountersAfterACallAndAFailure() {
        assertThat(send("direct:speak", "hello").getException()).isNull();
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).always());
        Exchange failed = send("direct:speak", "hello again");
        assertThat(failed.getException()).isInstanceOf(SlngApiException.class);
        Instant failedBy = Instant.now();

        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);
        JsonArray endpoints = (JsonArray) json.get("endpoints");
        assertThat(endpoints).hasSize(2);
        JsonObject tts = endpoints.stream().map(JsonObject.class::cast).filter(row -> SANITIZED_URI.equals(row.getString("uri")))
                .findFirst().orElseThrow();
        assertThat(tts).containsEntry("operation", "tts").containsEntry("gateway", SANDBOX.baseUrl())
                .containsEntry("inFlight", 0L).containsEntry("exchanges", 2L).containsEntry("failures", 1L)
                .containsEntry("retries", 1L).containsEntry("lastError", "SlngApiException: " + failed.getException().getMessage());
        assertThat((Long) tts.get("lastErrorTimestamp")).isBetween(failedBy.minusSeconds(5).toEpochMilli(), failedBy.toEpochMilli());

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Endpoint: " + SANITIZED_URI, "Operation: tts", "Gateway: " + SANDBOX.baseUrl(), "In flight: 0",
                "Exchanges: 2", "Failures: 1", "Retries: 1", "Last error: SlngApiException: tts ", "HTTP 503",
                "Last error time: " + Instant.ofEpochMilli((Long) tts.get("lastErrorTimestamp")));
        assertThat(text).contains("Endpoint: slng://stt", "Operation: stt", "Exchanges: 0");
        assertThat(text + json).doesNotContain(API_KEY);
    }

    @Test
    void countsACallInFlightUntilItCompletes() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).delayMillis(1000).times(1));

        CompletableFuture<Exchange> call = template.asyncSend("direct:speak", exchange -> exchange.getMessage().setBody("slowly"));

        await().atMost(Duration.ofSeconds(5)).until(() -> ((String) console().call(DevConsole.MediaType.TEXT)).contains("In flight: 1"));
        assertThat(call.join().getException()).isNull();
        assertThat((String) console().call(DevConsole.MediaType.TEXT)).doesNotContain("In flight: 1").contains("Exchanges: 1");
    }

    /** Found as camel-console finds it: through the service file the build generates. */
    private DevConsole console() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("slng");
        assertThat(console).isNotNull();
        return console;
    }
}
