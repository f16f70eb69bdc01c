package dev.camelslng.examples.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/spring-boot.md gives the commands that {@link VoiceApplicationTest} performs over HTTP. */
class DocumentedCommandsTest {

    @Test
    void docsRunTheJarAndTheRoundTripThisModuleTests() throws IOException {
        String doc = Files.readString(Path.of("../../docs/spring-boot.md"));

        assertThat(doc).contains("java -jar examples/spring-boot-voice/target/spring-boot-voice.jar",
                "curl -X POST --data 'hello world' localhost:8080/speak -o a.wav",
                "curl -X POST --data-binary @a.wav localhost:8080/transcribe", "prints `hello world`");
    }
}
