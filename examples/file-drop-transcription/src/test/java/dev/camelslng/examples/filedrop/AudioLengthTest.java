package dev.camelslng.examples.filedrop;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AudioLengthTest {

    @TempDir
    Path work;

    @Test
    void aWavFileTellsItsLengthInItsHeader() throws Exception {
        Path sample = work.resolve("meeting-reminder.wav");
        try (InputStream in = getClass().getResourceAsStream("/samples/meeting-reminder.wav")) {
            Files.copy(in, sample);
        }

        // 48,751 frames of 16 kHz mono PCM
        assertThat(AudioLength.describe(sample)).isEqualTo("3.0 s");
    }

    @Test
    void whatCannotBeReadIsUnknown() throws Exception {
        Path notAudio = Files.writeString(work.resolve("notes.wav"), "not a recording");

        assertThat(AudioLength.describe(notAudio)).isEqualTo("unknown");
        assertThat(AudioLength.describe(work.resolve("gone.wav"))).isEqualTo("unknown");
    }
}
