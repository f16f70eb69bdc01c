package dev.camelslng.component;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API key of a stream endpoint appears in no log line (every logger at TRACE, Camel's and Vert.x's too), whether the
 * session connects, is refused on the upgrade, drops and reconnects, or is reported by the health checks and the dev
 * console. The keys are configured on the component, not written in URIs: Camel itself prints an endpoint URI as written
 * at TRACE while resolving it ({@link SecretsTest}).
 */
class StreamSecretsTest extends StreamTestSupport {

    private static final String WRONG_KEY = "slng_cu_wrong_stream_key_3b9e";
    private static final String TTS = "slng:tts-stream";
    private static final String STT = "slng:stt-stream?chunkSize=2048";

    private CapturedLogs logs;

    @BeforeEach
    void captureAllLogs() {
        logs = new CapturedLogs();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngComponent revoked = new SlngComponent();
        revoked.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        revoked.getConfiguration().setApiKey(WRONG_KEY);
        context.addComponent("revoked", revoked);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(TTS).routeId("voices").to("mock:audio");
                from(STT).routeId("captions").filter(header(SlngConstants.FINAL).isEqualTo(true))
                        .filter(body().isNotEqualTo("")).to("mock:finals");
            }
        };
    }

    @Test
    void everyLoggerIsCapturedAtTrace() {
        assertThat(LoggerFactory.getLogger(SlngStreamProducer.class).isTraceEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger(org.apache.camel.support.DefaultProducer.class).isTraceEnabled()).isTrue();
    }

    @Test
    void theKeyAppearsInNoStreamLogHealthCheckOrConsoleOutput() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(503).times(1));
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).dropAfterFrames(3).times(1));
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(5).times(1));

        byte[] spoken = template.requestBody(TTS + "?replyWithResult=true", "a secret kept", byte[].class);
        template.sendBodyAndHeader(STT, pcm("heard through a drop"), SlngConstants.STREAM_ID, "call");
        template.sendBodyAndHeaders(STT, null, Map.of(SlngConstants.STREAM_ID, "call", SlngConstants.STREAM_COMMAND, "finalize"));
        MockEndpoint finals = getMockEndpoint("mock:finals");
        finals.expectedBodiesReceived("heard through a drop");
        finals.assertIsSatisfied(10_000);
        Exchange refused = template.send("revoked:tts-stream", e -> e.getMessage().setBody("who am i"));
        String health = health();
        String console = consoleOutput();

        assertThat(spoken).isEqualTo(pcm("a secret kept"));
        assertThat(refused.getException()).hasMessageContaining("HTTP 401");
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).filteredOn(StreamSessionRecord::dropped).hasSize(1);
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).filteredOn(StreamSessionRecord::dropped).hasSize(1);
        assertThat(logs.text()).as("the reconnect lines are in what is checked").contains("reconnecting in");
        assertThat(health).contains("Cannot open sessions").contains("HTTP 401");
        assertThat(console).contains("Stream default");
        String everything = logs.text() + "\n" + SecretsTest.describe(refused.getException()) + "\n" + health + "\n" + console + "\n"
                            + context.getEndpoints() + "\n" + refused.getMessage().getHeaders();
        assertThat(everything).doesNotContain(API_KEY).doesNotContain(WRONG_KEY);
    }

    /** Every readiness check's message and details, consumers' and producers', as camel-main reports them. */
    private String health() {
        HealthCheckHelper.getHealthCheckRepository(context, "consumers").setEnabled(true);
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        template.sendBody(TTS, "healthy");
        StringBuilder report = new StringBuilder();
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            report.setLength(0);
            Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context, "full");
            results.forEach(r -> report.append(r.getCheck().getId()).append(' ').append(r.getState()).append(' ')
                    .append(r.getMessage().orElse("")).append(' ').append(r.getDetails())
                    .append(r.getError().map(SecretsTest::describe).orElse("")).append('\n'));
            assertThat(report).contains("Cannot open sessions");
        });
        return report.toString();
    }

    private String consoleOutput() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("slng");
        return console.call(DevConsole.MediaType.TEXT) + "\n" + console.call(DevConsole.MediaType.JSON);
    }
}
