package dev.camelslng.examples.voice;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The service's file-drop folders under a test's temporary folder, not in the module's working directory. */
final class FileDropFolders {

    private FileDropFolders() {
    }

    static void under(Path folder, DynamicPropertyRegistry registry) {
        registry.add("voice.inbox", () -> folder.resolve("inbox").toString());
        registry.add("voice.outbox", () -> folder.resolve("outbox").toString());
        registry.add("voice.done", () -> folder.resolve("done").toString());
    }
}
