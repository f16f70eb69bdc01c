package dev.camelslng.examples.filedrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileDropSettingsTest {

    @TempDir
    Path work;

    @Test
    void foldersDefaultUnderTheWorkingDirectory() {
        FileDropSettings settings = FileDropSettings.fromEnvironment(Map.of(), work);

        assertThat(settings.inbox()).isEqualTo(work.resolve("file-drop/inbox").toAbsolutePath());
        assertThat(settings.failed()).isEqualTo(work.resolve("file-drop/failed").toAbsolutePath());
        assertThat(settings.needsEmbeddedServer()).isTrue();
    }

    @Test
    void environmentWinsAndAKeyMeansTheRealGateway() {
        FileDropSettings settings = FileDropSettings.fromEnvironment(Map.of("SLNG_API_KEY", "slng_cu_secret",
                "SLNG_INBOX", work.resolve("in").toString(), "SLNG_OUTBOX", " "), work);

        assertThat(settings.inbox()).isEqualTo(work.resolve("in").toAbsolutePath());
        assertThat(settings.outbox()).isEqualTo(work.resolve("file-drop/outbox").toAbsolutePath());
        assertThat(settings.needsEmbeddedServer()).isFalse();
        assertThat(settings.toString()).doesNotContain("slng_cu_secret");
    }

    @Test
    void aNewInboxIsSeededWithTheSamplesAndAnExistingOneIsLeftAlone() throws Exception {
        Path inbox = work.resolve("inbox");
        FileDropTranscription.seedSamples(inbox);
        assertThat(inbox.toFile().list()).containsExactlyInAnyOrderElementsOf(FileDropTranscription.SAMPLES);

        Files.delete(inbox.resolve(FileDropTranscription.SAMPLES.get(0)));
        FileDropTranscription.seedSamples(inbox);
        assertThat(inbox.toFile().list()).hasSize(FileDropTranscription.SAMPLES.size() - 1);
    }
}
