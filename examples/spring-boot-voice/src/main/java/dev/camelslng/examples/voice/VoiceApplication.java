package dev.camelslng.examples.voice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small voice service on Spring Boot: {@code POST /speak} (text in, WAV out), {@code POST /transcribe} (a recording in,
 * its transcript out) and a folder whose recordings are transcribed, all configured in {@code application.yaml}. Without
 * SLNG_API_KEY and SLNG_BASE_URL it talks to an embedded local SLNG-compatible server (see {@link EmbeddedGateway}).
 */
@SpringBootApplication
public class VoiceApplication {

    /**
     * Starts the service; {@code --server.port=N} changes the port (8080).
     */
    public static void main(String[] args) {
        SpringApplication.run(VoiceApplication.class, args);
    }
}
