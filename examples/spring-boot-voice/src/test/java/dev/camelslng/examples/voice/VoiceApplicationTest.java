package dev.camelslng.examples.voice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The voice service as a user runs it, on a random port with no key and no network (SLNG_API_KEY and SLNG_BASE_URL are
 * removed from the test's environment): the README's curl round trip, the file drop and /actuator/health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class VoiceApplicationTest {

    /** What curl --data and --data-binary send when no -H is given. */
    private static final String CURL_CONTENT_TYPE = "application/x-www-form-urlencoded";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folders;

    /** The port Spring Boot chose ({@code @LocalServerPort} moved package in Spring Boot 4; this works on 3.5 and 4). */
    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void fileDropFolders(DynamicPropertyRegistry registry) {
        FileDropFolders.under(folders, registry);
    }

    @Test
    void speakThenTranscribeGivesTheTextBack() throws Exception {
        HttpResponse<byte[]> speech = post("/speak", "hello world".getBytes());
        HttpResponse<byte[]> transcript = post("/transcribe", speech.body());

        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(new String(speech.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(transcript.statusCode()).isEqualTo(200);
        assertThat(new String(transcript.body())).isEqualTo("hello world");
    }

    @Test
    void droppedRecordingIsTranscribedIntoTheOutbox() throws Exception {
        byte[] wav = post("/speak", "file drop".getBytes()).body();
        Files.createDirectories(folders.resolve("inbox"));
        Files.write(folders.resolve("inbox/call.wav"), wav);

        Path transcript = folders.resolve("outbox/call.txt");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(transcript) && Files.exists(folders.resolve("done/call.wav")));
        assertThat(transcript).hasContent("file drop");
    }

    @Test
    void healthShowsTheSlngProducersAndTheEmbeddedServerIsAnnounced(CapturedOutput output) throws Exception {
        post("/speak", "health".getBytes());

        // Readiness waits, among others, for the file consumer's first poll.
        HttpResponse<String> health = await().atMost(Duration.ofSeconds(20))
                .until(() -> HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()),
                        response -> response.statusCode() == 200);

        // The overall status by name: Spring Boot 4 writes the components before it, 3.5 after.
        assertThat(new ObjectMapper().readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).contains("\"producer:slng://tts\":\"UP\"");
        assertThat(output.getAll()).containsOnlyOnce("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local"
                                                     + " SLNG-compatible server at http://127.0.0.1:");
    }

    private HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", CURL_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
