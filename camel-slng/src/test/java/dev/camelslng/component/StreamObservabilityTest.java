package dev.camelslng.component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.core.Vertx;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a user sees of the streams: the state on consumed exchanges, the health check, the dev console, the threads their
 * route runs on, and a Vert.x instance of their own that the component uses but does not close.
 */
class StreamObservabilityTest extends StreamTestSupport {

    private static final Vertx USERS_VERTX = Vertx.vertx();
    private static final String CONSUMER_CHECK = "consumer:voices";

    private final List<String> routeThreads = new CopyOnWriteArrayList<>();
    private final AtomicInteger utterancesEnded = new AtomicInteger();

    @AfterAll
    static void closeUsersVertx() {
        USERS_VERTX.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("usersVertx", USERS_VERTX);
        context.getComponent("slng", SlngComponent.class).getConfiguration().setReconnectMaxAttempts(0);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream").routeId("voices").process(exchange -> {
                    routeThreads.add(Thread.currentThread().getName());
                    if (Boolean.TRUE.equals(exchange.getMessage().getHeader(SlngConstants.LAST_CHUNK))) {
                        utterancesEnded.incrementAndGet();
                    }
                });
            }
        };
    }

    @Test
    void routeCodeNeverRunsOnAnEventLoopAndTheComponentUsesTheRegistrysVertx() {
        byte[] audio = template.requestBody("slng:tts-stream:reply?replyWithResult=true&sampleRate=16000", "threads", byte[].class);
        template.sendBody("slng:tts-stream", "consumer threads");

        assertThat(audio).isEqualTo(pcm("threads"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> utterancesEnded.get() == 1);
        assertThat(routeThreads).as("every chunk and the audio_end").hasSizeGreaterThan(1)
                .noneMatch(name -> name.contains("eventloop"));
        assertThat(context.getComponent("slng", SlngComponent.class).streamVertx()).isSameAs(USERS_VERTX);
    }

    @Test
    void theHealthCheckIsDownWhileNoSessionCanConnectAndUpAgainOnceOneIsReady() throws Exception {
        template.sendBody("slng:tts-stream", "healthy");
        await().atMost(5, TimeUnit.SECONDS).until(() -> state(CONSUMER_CHECK) == HealthCheck.State.UP);

        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(503).always());
        Future<Object> queued = template.asyncRequestBodyAndHeader("slng:tts-stream", "soon", SlngConstants.STREAM_ID, "flaky");

        await().atMost(5, TimeUnit.SECONDS).until(() -> state(CONSUMER_CHECK) == HealthCheck.State.DOWN);
        HealthCheck.Result down = result(CONSUMER_CHECK);
        assertThat(down.getMessage().orElseThrow()).contains("Cannot open sessions").contains("HTTP 503")
                .doesNotContain("flaky");
        JsonObject console = (JsonObject) console().call(DevConsole.MediaType.JSON);
        JsonObject endpoint = (JsonObject) ((JsonArray) console.get("endpoints")).stream()
                .filter(e -> ((JsonObject) e).getString("uri").equals("slng://tts-stream")).findFirst().orElseThrow();
        assertThat(((JsonArray) endpoint.get("sessions")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("streamId").equals("flaky")).findFirst().orElseThrow())
                .containsEntry("recovering", true).containsKey("lastError");
        assertThat((String) console().call(DevConsole.MediaType.TEXT))
                .containsPattern("Stream flaky \\(stream #[0-9a-f]{8}\\): (re)?connecting \\(recovering\\)");

        sandbox().faults().clear();
        await().atMost(10, TimeUnit.SECONDS).until(() -> state(CONSUMER_CHECK) == HealthCheck.State.UP);
        queued.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRefusedKeyKeepsTheCheckDownUntilASessionGetsReadyAgain() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).status(401));
        Exchange refused = template.send("slng:tts-stream", e -> {
            e.getMessage().setBody("refused");
            e.getMessage().setHeader(SlngConstants.STREAM_ID, "revoked");
        });
        assertThat(refused.getException()).hasMessageContaining("HTTP 401");

        await().atMost(5, TimeUnit.SECONDS).until(() -> state(CONSUMER_CHECK) == HealthCheck.State.DOWN);
        assertThat(result(CONSUMER_CHECK).getMessage().orElseThrow()).contains("Cannot open sessions").contains("HTTP 401")
                .doesNotContain("revoked");

        template.sendBodyAndHeader("slng:tts-stream", "accepted", SlngConstants.STREAM_ID, "revoked");
        await().atMost(5, TimeUnit.SECONDS).until(() -> state(CONSUMER_CHECK) == HealthCheck.State.UP);
    }

    @Test
    void oneCallThatFailsForGoodLeavesTheEndpointUpItsSlotFreeAndItsLastStateInTheConsole() {
        template.sendBodyAndHeader("slng:tts-stream", "working", SlngConstants.STREAM_ID, "good-call");
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).errorAfterReady("config_error", "Unknown voice"));
        template.sendBodyAndHeader("slng:tts-stream", "refused", SlngConstants.STREAM_ID, "bad-call");
        SlngEndpoint endpoint = context.getEndpoint("slng:tts-stream", SlngEndpoint.class);

        await().atMost(5, TimeUnit.SECONDS).until(() -> endpoint.sessions().recentlyEnded().size() == 1);
        assertThat(endpoint.sessions().recentlyEnded().get(0).state().label()).isEqualTo("failed");
        assertThat(endpoint.sessions().snapshots()).extracting(s -> s.streamId()).containsExactly("good-call");
        HealthCheck.Result up = result(CONSUMER_CHECK);
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("failedLately", 1L).containsEntry("sessions", 1);
        assertThat(up.getMessage().orElseThrow()).contains("1 failed").doesNotContain("bad-call");
        assertThat((String) console().call(DevConsole.MediaType.TEXT)).contains("bad-call").contains("failed");
    }

    private HealthCheck.State state(String id) {
        return result(id).getState();
    }

    private HealthCheck.Result result(String id) {
        // as camel-main does when health checks are on; CamelTestSupport leaves the repository disabled
        HealthCheckHelper.getHealthCheckRepository(context, "consumers").setEnabled(true);
        return HealthCheckHelper.invokeReadiness(context, "full").stream().filter(r -> r.getCheck().getId().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + id));
    }

    private DevConsole console() {
        return PluginHelper.getDevConsoleResolver(context).resolveDevConsole("slng");
    }
}
