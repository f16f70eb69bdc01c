package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client connection of the bridge tests: everything received is queued, in order.
 */
final class BridgeSocket {

    /** A received message: JSON text or binary audio. */
    record Received(JsonNode json, byte[] binary) {
        String type() {
            return json == null ? "binary" : json.path("type").asText();
        }
    }

    /** How the connection ended: the close code is null when no close frame came. */
    record Closure(Short code, String reason) {
    }

    private static final long WAIT_SECONDS = 10;

    private final WebSocket socket;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closure> closed = new CompletableFuture<>();
    private final AtomicInteger pongs = new AtomicInteger();

    BridgeSocket(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> received.add(new Received(BridgeClient.parse(text), null)));
        socket.binaryMessageHandler(data -> received.add(new Received(null, data.getBytes())));
        socket.pongHandler(data -> pongs.incrementAndGet());
        socket.closeHandler(v -> closed.complete(new Closure(socket.closeStatusCode(), socket.closeReason())));
    }

    BridgeSocket send(JsonNode message) {
        BridgeClient.await(socket.writeTextMessage(message.toString()));
        return this;
    }

    BridgeSocket sendBinary(byte[] audio) {
        BridgeClient.await(socket.writeBinaryMessage(Buffer.buffer(audio)));
        return this;
    }

    void ping() {
        BridgeClient.await(socket.writePing(Buffer.buffer("ping")));
    }

    int pongs() {
        return pongs.get();
    }

    /** The next message; fails when none comes in time. */
    Received next() throws InterruptedException {
        Received message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message within " + WAIT_SECONDS + " s");
        }
        return message;
    }

    JsonNode nextJson() throws InterruptedException {
        Received message = next();
        if (message.json() == null) {
            throw new AssertionError("Expected JSON, got " + message.binary().length + " binary bytes");
        }
        return message.json();
    }

    /** Reads messages up to and including the first of this type. */
    List<Received> until(String type) throws InterruptedException {
        List<Received> messages = new ArrayList<>();
        Received message;
        do {
            message = next();
            messages.add(message);
        } while (!type.equals(message.type()));
        return messages;
    }

    /** The audio of these messages: binary frames and base64 {@code audio_chunk}s, in order. */
    static byte[] audio(List<Received> messages) {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        for (Received message : messages) {
            if (message.binary() != null) {
                audio.writeBytes(message.binary());
            } else if ("audio_chunk".equals(message.type())) {
                audio.writeBytes(Base64.getDecoder().decode(message.json().path("data").asText()));
            }
        }
        return audio.toByteArray();
    }

    /** Waits for the connection to end. */
    Closure awaitClose() throws Exception {
        return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    Received poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    void close() {
        socket.close();
    }
}
