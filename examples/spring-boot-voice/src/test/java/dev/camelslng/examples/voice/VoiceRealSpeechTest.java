package dev.camelslng.examples.voice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.camelslng.sandbox.engine.WordErrorRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The voice service with no key and SLNG_LOCAL_ENGINE=real: its embedded server speaks and listens for real. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VoiceRealSpeechTest {

    private static final String SAID = "the board approved the budget for next year";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int WAV_HEADER_BYTES = 44;
    private static final double BYTES_PER_SECOND = 32000.0;

    @TempDir
    static Path folders;

    /** The port Spring Boot chose ({@code @LocalServerPort} moved package in Spring Boot 4; this works on 3.5 and 4). */
    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void fileDropFolders(DynamicPropertyRegistry registry) {
        FileDropFolders.under(folders, registry);
        registry.add("voice.local-engine", () -> "real");
    }

    @Test
    void speakThenTranscribeGivesTheSentenceBack() throws Exception {
        HttpResponse<byte[]> speech = post("/speak", SAID.getBytes());
        assertThat(speech.statusCode()).isEqualTo(200);
        double seconds = (speech.body().length - WAV_HEADER_BYTES) / BYTES_PER_SECOND;
        assertThat(seconds).as("16 kHz WAV, about 0.3 s a word").isBetween(1.5, 5.0);

        HttpResponse<byte[]> transcript = post("/transcribe", speech.body());

        assertThat(transcript.statusCode()).isEqualTo(200);
        String heard = new String(transcript.body());
        System.out.printf("spring-boot-voice, real speech: %.1f s of speech heard as \"%s\"%n", seconds, heard);
        assertThat(WordErrorRate.of(SAID, heard)).as("heard %s", heard).isLessThanOrEqualTo(0.2);
    }

    private HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
