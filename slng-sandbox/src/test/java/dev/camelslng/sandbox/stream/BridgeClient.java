package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.SlngSandbox;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A raw Vert.x WebSocket client for the bridge tests.
 */
final class BridgeClient implements AutoCloseable {

    static final String TTS_MODEL = "slng/deepgram/aura:2-en";
    static final String STT_MODEL = "slng/deepgram/nova:3-en";
    static final String TTS_PATH = "/v1/bridges/unmute/tts/";
    static final String STT_PATH = "/v1/bridges/unmute/stt/";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final WebSocketClient client;
    private final Supplier<SlngSandbox> sandbox;

    BridgeClient(Supplier<SlngSandbox> sandbox) {
        this.sandbox = sandbox;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(2000).setConnectTimeout(10_000)
                .setTryUsePerMessageCompression(false)
                .setClosingTimeout(1));
    }

    /** Connects with the sandbox's key plus these headers; the future fails on a rejected upgrade. */
    Future<WebSocket> connect(String path, Map<String, String> headers) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(sandbox.get().port()).setURI(path);
        headers.forEach(options::addHeader);
        return client.connect(options);
    }

    BridgeSocket tts() {
        return open(TTS_PATH + TTS_MODEL);
    }

    BridgeSocket stt() {
        return open(STT_PATH + STT_MODEL);
    }

    BridgeSocket open(String path) {
        return new BridgeSocket(await(connect(path, Map.of("Authorization", "Bearer " + sandbox.get().apiKey()))));
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        }
    }

    static ObjectNode message(String type) {
        return MAPPER.createObjectNode().put("type", type);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Throwable failure(Future<?> future) {
        CompletableFuture<Throwable> cause = new CompletableFuture<>();
        future.onComplete(result -> cause.complete(result.cause()));
        return await(Future.fromCompletionStage(cause));
    }

    @Override
    public void close() {
        await(vertx.close());
    }
}
