package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.FaultInjector;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code POST/DELETE /_sandbox/faults}: fault injection for clients that are not written in Java, e.g.
 * {@code {"route":"STT","status":429,"headers":{"Retry-After":"1"},"times":2}}. No API key needed. The WebSocket effects
 * use the names of the {@link Fault} methods: {@code dropAfterFrames}, {@code closeAfterEachUtterance}, {@code binaryAudio},
 * {@code errorAfterReady} ({@code {"code":..,"message":..}}), {@code closeAfterError}, {@code readyDelay},
 * {@code neverReady}, {@code chunkDelay}, {@code blackHole}, {@code blackHoleAfterFrames}, {@code closeNormallyAfterFrames},
 * {@code ignoreClear}, {@code errorInsteadOfAnswer} ({@code {"code":..,"message":..}}), {@code errorStatus},
 * {@code errorInDataEnvelope}, and the provider modes {@code roundFinalDurations} (a step in seconds),
 * {@code finalsSkipSilence} and {@code wordTimesPerFinal}, e.g.
 * {@code {"route":"TTS_STREAM","chunkDelay":50,"closeAfterEachUtterance":true}}.
 */
final class AdminHandler {

    /** The WebSocket effects that are switched on by {@code true}. */
    private static final Map<String, Consumer<Fault>> SWITCHES = Map.of("closeAfterEachUtterance", Fault::closeAfterEachUtterance,
            "binaryAudio", Fault::binaryAudio, "neverReady", Fault::neverReady, "blackHole", Fault::blackHole,
            "ignoreClear", Fault::ignoreClear, "errorInDataEnvelope", Fault::errorInDataEnvelope,
            "finalsSkipSilence", Fault::finalsSkipSilence, "wordTimesPerFinal", Fault::wordTimesPerFinal);
    /** The WebSocket effects that take a number. */
    private static final Map<String, BiConsumer<Fault, JsonNode>> SETTINGS = Map.of(
            "dropAfterFrames", (fault, n) -> fault.dropAfterFrames(n.asInt()),
            "closeAfterError", (fault, n) -> fault.closeAfterError(n.asInt()),
            "readyDelay", (fault, n) -> fault.readyDelay(n.asLong()),
            "chunkDelay", (fault, n) -> fault.chunkDelay(n.asLong()),
            "blackHoleAfterFrames", (fault, n) -> fault.blackHoleAfterFrames(n.asInt()),
            "closeNormallyAfterFrames", (fault, n) -> fault.closeNormallyAfterFrames(n.asInt()),
            "errorStatus", (fault, n) -> fault.errorStatus(n.asInt()),
            "roundFinalDurations", (fault, n) -> fault.roundFinalDurations(n.asDouble()));

    private final FaultInjector faults;

    AdminHandler(FaultInjector faults) {
        this.faults = faults;
    }

    void add(RoutingContext context) {
        JsonNode json = Json.parseOrNull(context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes());
        if (json == null || !json.isObject()) {
            reply(context, 400, "{\"error\":\"Validation error\",\"details\":\"Body must be a JSON object\"}");
            return;
        }
        try {
            Fault fault = toFault(json);
            faults.add(fault);
            reply(context, 201, "{\"added\":\"" + fault.route() + "\"}");
        } catch (IllegalArgumentException e) {
            reply(context, 400, Json.object().put("error", "Validation error").put("details", e.getMessage()).toString());
        }
    }

    void clear(RoutingContext context) {
        faults.clear();
        context.response().setStatusCode(204).end();
    }

    private static Fault toFault(JsonNode json) {
        String route = json.path("route").asText("ANY").toUpperCase(Locale.ROOT);
        Fault fault = Fault.on(SandboxRoute.valueOf(route));
        if (json.has("status")) {
            fault.status(json.get("status").asInt());
        }
        if (json.hasNonNull("body")) {
            fault.body(json.get("body").isTextual() ? json.get("body").asText() : json.get("body").toString());
        }
        json.path("headers").fields().forEachRemaining(header -> fault.header(header.getKey(), header.getValue().asText()));
        if (json.has("delayMillis")) {
            fault.delayMillis(json.get("delayMillis").asLong());
        }
        if (json.path("closeConnection").asBoolean(false)) {
            fault.closeConnection();
        }
        if (json.path("malformedJson").asBoolean(false)) {
            fault.malformedJson();
        }
        if (json.path("afterServing").asBoolean(false)) {
            fault.afterServing();
        }
        if (json.hasNonNull("jobFails")) {
            fault.jobFails(json.get("jobFails").asText());
        }
        addStreamEffects(json, fault);
        int times = json.path("times").asInt(1);
        return times == Fault.ALWAYS ? fault.always() : fault.times(times);
    }

    private static void addStreamEffects(JsonNode json, Fault fault) {
        SWITCHES.forEach((name, effect) -> {
            if (json.path(name).asBoolean(false)) {
                effect.accept(fault);
            }
        });
        SETTINGS.forEach((name, effect) -> {
            if (json.has(name)) {
                effect.accept(fault, json.get(name));
            }
        });
        JsonNode error = json.path("errorAfterReady");
        if (error.isObject()) {
            fault.errorAfterReady(error.path("code").asText("provider_error"), error.path("message").asText("Injected error"));
        }
        JsonNode answerError = json.path("errorInsteadOfAnswer");
        if (answerError.isObject()) {
            fault.errorInsteadOfAnswer(answerError.path("code").asText("provider_error"),
                    answerError.path("message").asText("Injected error"));
        }
    }

    private static void reply(RoutingContext context, int status, String json) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json);
    }
}
