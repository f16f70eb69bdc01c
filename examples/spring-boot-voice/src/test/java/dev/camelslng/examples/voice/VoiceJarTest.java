package dev.camelslng.examples.voice;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.camelslng.examples.support.ExampleProcess;
import dev.camelslng.examples.support.RunningExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The built jar as docs/spring-boot.md runs it: {@code java -jar target/spring-boot-voice.jar --server.port=N}, no key,
 * then the documented curl round trip, a dropped recording and {@code /actuator/health} over HTTP, then SIGTERM, on
 * which it shuts down by itself. Runs after package (the build sets {@code app.jar}).
 */
class VoiceJarTest {

    /** What curl --data and --data-binary send when no -H is given. */
    private static final String CURL_CONTENT_TYPE = "application/x-www-form-urlencoded";
    /** Spring Boot, Camel and the embedded server starting in a JVM of their own on a busy 2-core machine. */
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    /** A JVM ended by SIGTERM after its shutdown hooks ran: 128 + 15. */
    private static final int SIGTERM_EXIT = 143;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private int port;

    @Test
    void theJarServesTheDocumentedRoundTripTheFileDropAndHealthThenStopsOnSigterm() throws Exception {
        port = freePort();
        try (RunningExample app = ExampleProcess.ofAppJar(work, Map.of("SLNG_LOCAL_ENGINE", "tone"))
                .start("--server.port=" + port)) {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).failFast("the jar exited", () -> !app.isAlive())
                    .until(() -> healthStatus() == 200);

            HttpResponse<byte[]> speech = post("/speak", "hello world".getBytes());
            assertThat(speech.statusCode()).isEqualTo(200);
            assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");
            HttpResponse<byte[]> transcript = post("/transcribe", speech.body());
            assertThat(transcript.statusCode()).isEqualTo(200);
            assertThat(new String(transcript.body())).isEqualTo("hello world");

            Files.write(Files.createDirectories(work.resolve("file-drop/inbox")).resolve("call.wav"),
                    post("/speak", "left a message".getBytes()).body());
            Path transcribed = work.resolve("file-drop/outbox/call.txt");
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(transcribed) && Files.exists(work.resolve(
                    "file-drop/done/call.wav")));
            assertThat(transcribed).hasContent("left a message");

            ExampleProcess.Result stopped = app.stop(SHUTDOWN);

            assertThat(stopped.exitCode()).as(stopped.stdout()).isEqualTo(SIGTERM_EXIT);
            assertThat(stopped.stdout()).contains("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible"
                                                  + " server").contains("Tomcat started on port " + port)
                    .doesNotContain("Exception").doesNotContain(" ERROR ");
        }
    }

    private int healthStatus() throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", CURL_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
