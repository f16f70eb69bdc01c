package dev.camelslng.examples.voice;

import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service's routes: speak and transcribe, called by {@link VoiceController}, and the file drop. Folders come from
 * the {@code voice.*} properties of application.yaml, the gateway settings from {@code camel.component.slng.*}.
 */
@Component
public class VoiceRoutes extends RouteBuilder {

    static final String SPEAK = "direct:speak";
    static final String TRANSCRIBE = "direct:transcribe";

    private final Path done;

    /**
     * @param done where transcribed recordings go; made absolute, as the file component reads a relative move
     *             relative to the inbox
     */
    public VoiceRoutes(@Value("${voice.done}") Path done) {
        this.done = done.toAbsolutePath().normalize();
    }

    @Override
    public void configure() {
        from(SPEAK).routeId("speak").to("slng:tts");

        from(TRANSCRIBE).routeId("transcribe").to("slng:stt");

        from("file:{{voice.inbox}}?include={{voice.audio-files}}&readLock=changed&move=" + done + "/${file:name}")
                .routeId("file-drop")
                .to("slng:stt")
                .to("file:{{voice.outbox}}?fileName=${file:name.noext}.txt")
                .log("Transcribed ${file:name} into {{voice.outbox}}/${file:name.noext}.txt: ${body}");
    }
}
