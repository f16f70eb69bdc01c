package dev.camelslng.examples.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /speak} and {@code POST /transcribe}. The request body is read as raw bytes, whatever its content type:
 * {@code curl --data} and {@code --data-binary} label it as a form, which must not be parsed as one.
 */
@RestController
public class VoiceController {

    private final ProducerTemplate producer;

    /**
     * @param producer sends the requests to {@link VoiceRoutes}
     */
    public VoiceController(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Text in (UTF-8), WAV out. */
    @PostMapping(path = "${voice.speak-path}", produces = "audio/wav")
    public byte[] speak(InputStream body) throws IOException {
        return producer.requestBody(VoiceRoutes.SPEAK, new String(body.readAllBytes(), StandardCharsets.UTF_8), byte[].class);
    }

    /** A recording in (WAV, MP3, FLAC, ...), its transcript out. */
    @PostMapping(path = "${voice.transcribe-path}", produces = "text/plain;charset=UTF-8")
    public String transcribe(InputStream body) throws IOException {
        return producer.requestBody(VoiceRoutes.TRANSCRIBE, body.readAllBytes(), String.class);
    }
}
