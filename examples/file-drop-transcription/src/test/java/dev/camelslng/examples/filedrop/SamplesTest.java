package dev.camelslng.examples.filedrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesTest {

    @TempDir
    Path work;

    @Test
    void onlyANewInboxWithTheEmbeddedServerGetsTheSamples() throws Exception {
        FileDropSettings embedded = FileDropSettings.fromEnvironment(Map.of(), work);
        assertThat(Samples.wanted(embedded)).isTrue();
        assertThat(Samples.wanted(FileDropSettings.fromEnvironment(Map.of("SLNG_API_KEY", "slng_cu_key"), work))).isFalse();
        assertThat(Samples.wanted(FileDropSettings.fromEnvironment(Map.of("SLNG_BASE_URL", "https://eu.example.com"), work)))
                .isFalse();

        Files.createDirectories(embedded.inbox());
        assertThat(Samples.wanted(embedded)).as("an inbox the user already has").isFalse();
    }

    @Test
    void theSamplesAreCopiedIntoTheInbox() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));

        Samples.copyTo(inbox);

        assertThat(inbox.toFile().list()).containsExactlyInAnyOrderElementsOf(Samples.NAMES);
    }
}
