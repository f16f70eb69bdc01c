package dev.camelslng.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * The WebSocket code a user would write without the component: one Vert.x 4.5 instance and WebSocket client, one open
 * socket per bridge, JSON frames written and read with Jackson, audio chunks base64-decoded as the component does.
 */
final class RawStreamContender implements StreamContender {

    private static final String TTS_PATH = "/v1/bridges/unmute/tts/slng/deepgram/aura:2-en";
    private static final String STT_PATH = "/v1/bridges/unmute/stt/slng/deepgram/nova:3-en";
    private static final String TTS_INIT = "{\"type\":\"init\",\"model\":\"slng/deepgram/aura:2-en\","
                                           + "\"config\":{\"sample_rate\":16000,\"encoding\":\"linear16\"}}";
    private static final String STT_INIT = "{\"type\":\"init\",\"config\":{\"sample_rate\":16000,\"encoding\":\"linear16\"}}";
    private static final String FINALIZE = "{\"type\":\"finalize\"}";
    private static final long TIMEOUT_SECONDS = 30;

    private final Vertx vertx = Vertx.vertx();
    private final WebSocketClient client;
    private final URI base;
    private final String authorization;
    private final UtteranceClock clock = new UtteranceClock();
    private final FinalTranscripts finals = new FinalTranscripts();
    private final RawBridgeSocket tts;
    private final RawBridgeSocket stt;
    private final List<RawBridgeSocket> idle = new ArrayList<>();

    RawStreamContender(String baseUrl, String apiKey) throws Exception {
        // Vert.x allows 50 WebSocket connections per server by default; the idle-session phase opens 1000.
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(Integer.MAX_VALUE));
        base = URI.create(baseUrl);
        authorization = "Bearer " + apiKey;
        tts = RawBridgeSocket.await(RawBridgeSocket.open(client, options(TTS_PATH), TTS_INIT, this::onSpeech));
        stt = RawBridgeSocket.await(RawBridgeSocket.open(client, options(STT_PATH), STT_INIT, message -> {
            if ("final_transcript".equals(message.path("type").asText())) {
                finals.arrived(message.path("duration").asDouble());
            }
        }));
    }

    private WebSocketConnectOptions options(String path) {
        return new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort()).setURI(path)
                .addHeader("Authorization", authorization);
    }

    private void onSpeech(JsonNode message) {
        switch (message.path("type").asText()) {
            case "audio_chunk" -> clock.audio(Base64.getDecoder().decode(message.path("data").asText()).length);
            case "audio_end" -> clock.end();
            default -> {
            }
        }
    }

    private static String text(String text) throws Exception {
        return RawBridgeSocket.JSON.writeValueAsString(Map.of("type", "text", "text", text, "flush", true));
    }

    @Override
    public Side side() {
        return Side.RAW;
    }

    @Override
    public UtteranceClock.Utterance speak(String text) throws Exception {
        clock.sending();
        tts.sendText(text(text));
        return clock.await(side());
    }

    @Override
    public double streamAudio(byte[] chunk, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            stt.sendBinary(chunk);
        }
        finals.expect();
        stt.sendText(FINALIZE);
        return finals.await();
    }

    @Override
    public void openIdleSessions(int count, String text) throws Exception {
        CountDownLatch ended = new CountDownLatch(count);
        String frame = text(text);
        List<Future<RawBridgeSocket>> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opening.add(RawBridgeSocket.open(client, options(TTS_PATH), TTS_INIT, message -> {
                if ("audio_end".equals(message.path("type").asText())) {
                    ended.countDown();
                }
            }).onSuccess(socket -> socket.sendText(frame)));
        }
        for (Future<RawBridgeSocket> socket : opening) {
            idle.add(RawBridgeSocket.await(socket));
        }
        if (!ended.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The raw idle sockets did not all speak: " + ended.getCount() + " left");
        }
    }

    @Override
    public void closeIdleSessions() throws Exception {
        List<Future<Void>> closing = idle.stream().map(RawBridgeSocket::close).toList();
        Future.join(closing).toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        idle.clear();
    }

    @Override
    public void close() throws Exception {
        tts.close();
        stt.close();
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
