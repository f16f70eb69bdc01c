package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.FaultInjector;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * {@code POST/DELETE /_sandbox/faults}: fault injection for clients that are not written in Java, e.g.
 * {@code {"route":"STT","status":429,"headers":{"Retry-After":"1"},"times":2}}. No API key needed. The WebSocket effects
 * use the names of the {@link Fault} methods: {@code dropAfterFrames}, {@code closeAfterEachUtterance}, {@code binaryAudio},
 * {@code errorAfterReady} ({@code {"code":..,"message":..}}), {@code closeAfterError}, {@code readyDelay},
 * {@code neverReady}, {@code chunkDelay}, {@code blackHole}, {@code blackHoleAfterFrames}, {@code closeNormallyAfterFrames},
 * {@code ignoreClear} and {@code errorInsteadOfAnswer} ({@code {"code":..,"message":..}}), e.g.
 * {@code {"route":"TTS_STREAM","chunkDelay":50,"closeAfterEachUtterance":true}}.
 */
final class AdminHandler {

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
        if (json.has("dropAfterFrames")) {
            fault.dropAfterFrames(json.get("dropAfterFrames").asInt());
        }
        if (json.path("closeAfterEachUtterance").asBoolean(false)) {
            fault.closeAfterEachUtterance();
        }
        if (json.path("binaryAudio").asBoolean(false)) {
            fault.binaryAudio();
        }
        JsonNode error = json.path("errorAfterReady");
        if (error.isObject()) {
            fault.errorAfterReady(error.path("code").asText("provider_error"), error.path("message").asText("Injected error"));
        }
        if (json.has("closeAfterError")) {
            fault.closeAfterError(json.get("closeAfterError").asInt());
        }
        if (json.has("readyDelay")) {
            fault.readyDelay(json.get("readyDelay").asLong());
        }
        if (json.path("neverReady").asBoolean(false)) {
            fault.neverReady();
        }
        if (json.has("chunkDelay")) {
            fault.chunkDelay(json.get("chunkDelay").asLong());
        }
        if (json.path("blackHole").asBoolean(false)) {
            fault.blackHole();
        }
        if (json.has("blackHoleAfterFrames")) {
            fault.blackHoleAfterFrames(json.get("blackHoleAfterFrames").asInt());
        }
        if (json.has("closeNormallyAfterFrames")) {
            fault.closeNormallyAfterFrames(json.get("closeNormallyAfterFrames").asInt());
        }
        if (json.path("ignoreClear").asBoolean(false)) {
            fault.ignoreClear();
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
