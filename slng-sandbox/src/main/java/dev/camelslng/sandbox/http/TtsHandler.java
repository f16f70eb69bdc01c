package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.engine.Wav;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/bridges/unmute/tts/{model}}: JSON {@code {text, voice}} in, audio out (protocol §3.1).
 */
final class TtsHandler {

    static final String PATH_PREFIX = "/v1/bridges/unmute/tts/";

    private static final Logger LOG = LoggerFactory.getLogger(TtsHandler.class);

    private final Vertx vertx;
    private final SandboxServices services;

    TtsHandler(Vertx vertx, SandboxServices services) {
        this.vertx = vertx;
        this.services = services;
    }

    void handle(SandboxExchange exchange) {
        if (BridgeChecks.modelId(exchange, PATH_PREFIX, ModelUse.TTS_HTTP, services.models()) == null) {
            return;
        }
        JsonNode json = exchange.body().json();
        if (json == null || !json.isObject()) {
            exchange.validationError("Body must be a JSON object");
            return;
        }
        JsonNode text = json.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            exchange.validationError("Missing required field: text");
            return;
        }
        String voice = json.path("voice").isTextual() ? json.get("voice").asText() : null;
        String contentType = services.ttsContentType();
        // off the event loop: real engines take a while
        vertx.executeBlocking(() -> render(services.engine().synthesize(text.asText(), voice), contentType), false)
                .onSuccess(audio -> exchange.send(200, contentType, Buffer.buffer(audio)))
                .onFailure(e -> {
                    LOG.warn("Speech synthesis failed", e);
                    exchange.error(500, "Service error", "Internal processing error");
                });
    }

    private static byte[] render(byte[] wav, String contentType) {
        return "audio/pcm".equals(contentType) ? Wav.pcmData(wav) : wav;
    }
}
