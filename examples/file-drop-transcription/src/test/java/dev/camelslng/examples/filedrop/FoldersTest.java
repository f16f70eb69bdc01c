package dev.camelslng.examples.filedrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoldersTest {

    @TempDir
    Path work;

    @Test
    void missingFoldersAreCreated() {
        FileDropSettings settings = settings(Map.of());

        Folders.prepare(settings);

        assertThat(settings.inbox()).isDirectory();
        assertThat(settings.outbox()).isDirectory();
        assertThat(settings.done()).isDirectory();
        assertThat(settings.failed()).isDirectory();
    }

    @Test
    void aFolderThatIsAFileIsNamedByItsVariableAndNoInboxIsCreated() throws Exception {
        Path file = Files.writeString(work.resolve("done.txt"), "a file");

        assertThatThrownBy(() -> Folders.prepare(settings(Map.of("SLNG_DONE", file.toString()))))
                .isInstanceOf(CannotStartException.class).hasMessage("SLNG_DONE " + file + " is a file, not a folder");
        assertThat(work.resolve("file-drop/inbox")).as("a new inbox would mean a first run").doesNotExist();
    }

    @Test
    void aFolderUnderAFileCannotBeCreated() throws Exception {
        Path file = Files.writeString(work.resolve("outbox.txt"), "a file");
        Path below = file.resolve("transcripts");

        assertThatThrownBy(() -> Folders.prepare(settings(Map.of("SLNG_OUTBOX", below.toString()))))
                .isInstanceOf(CannotStartException.class)
                .hasMessage("SLNG_OUTBOX " + below + " cannot be created: " + file + " is a file");
    }

    @Test
    void theInboxCannotDoubleAsTheDoneFolder() {
        String same = work.resolve("recordings").toString();

        assertThatThrownBy(() -> Folders.prepare(settings(Map.of("SLNG_INBOX", same, "SLNG_DONE", same))))
                .isInstanceOf(CannotStartException.class).hasMessageStartingWith("SLNG_INBOX " + same + " is also the done");
    }

    private FileDropSettings settings(Map<String, String> env) {
        return FileDropSettings.fromEnvironment(env, work);
    }
}
