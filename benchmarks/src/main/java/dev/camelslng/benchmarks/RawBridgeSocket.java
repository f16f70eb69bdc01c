package dev.camelslng.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * A bridge connection as a user writes it with Vert.x: connect with the bearer key, send {@code init}, wait for
 * {@code ready}, then every text frame is parsed by Jackson and handed to the listener, on the event loop.
 */
final class RawBridgeSocket {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final long READY_TIMEOUT_SECONDS = 30;

    private final WebSocket socket;

    private RawBridgeSocket(WebSocket socket) {
        this.socket = socket;
    }

    /**
     * @param options  host, port, bridge path and Authorization header
     * @param init     the {@code init} frame
     * @param listener gets every server message after {@code ready}
     * @return the socket, once the bridge is ready
     */
    static Future<RawBridgeSocket> open(WebSocketClient client, WebSocketConnectOptions options, String init,
                                        Consumer<JsonNode> listener) {
        Promise<RawBridgeSocket> ready = Promise.promise();
        client.connect(options).onFailure(ready::tryFail).onSuccess(socket -> {
            RawBridgeSocket bridge = new RawBridgeSocket(socket);
            socket.textMessageHandler(text -> {
                try {
                    JsonNode message = JSON.readTree(text);
                    if ("ready".equals(message.path("type").asText())) {
                        ready.tryComplete(bridge);
                    } else if ("error".equals(message.path("type").asText())) {
                        ready.tryFail(text);
                    } else {
                        listener.accept(message);
                    }
                } catch (Exception e) {
                    ready.tryFail(e);
                }
            });
            socket.closeHandler(closed -> ready.tryFail("closed before ready"));
            socket.writeTextMessage(init);
        });
        return ready.future();
    }

    static RawBridgeSocket await(Future<RawBridgeSocket> opening) throws Exception {
        return opening.toCompletionStage().toCompletableFuture().get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    void sendText(String frame) {
        socket.writeTextMessage(frame);
    }

    void sendBinary(byte[] data) {
        socket.writeBinaryMessage(Buffer.buffer(data));
    }

    Future<Void> close() {
        return socket.close();
    }
}
