package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.sandbox.SlngSandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A thin java.net.http client for the sandbox tests.
 */
final class SandboxClient {

    static final String TTS_MODEL = "slng/deepgram/aura:2-en";
    static final String STT_MODEL = "slng/openai/whisper:large-v3";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final SlngSandbox sandbox;

    SandboxClient(SlngSandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).timeout(Duration.ofSeconds(20));
    }

    HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + sandbox.apiKey());
    }

    HttpResponse<byte[]> tts(String text) throws IOException, InterruptedException {
        return send(authorized("/v1/bridges/unmute/tts/" + TTS_MODEL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.createObjectNode().put("text", text).toString())).build());
    }

    HttpResponse<byte[]> stt(Multipart body) throws IOException, InterruptedException {
        return send(authorized("/v1/bridges/unmute/stt/" + STT_MODEL).header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    /** A transcription sent without waiting for its answer. */
    CompletableFuture<HttpResponse<byte[]>> sttAsync(Multipart body) {
        return CLIENT.sendAsync(authorized("/v1/bridges/unmute/stt/" + STT_MODEL).header("Content-Type", body.contentType())
                .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(authorized(path).GET().build());
    }

    static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
