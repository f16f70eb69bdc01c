package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks and creates the example's folders before anything starts, so a wrong path is reported at once, by the name
 * of the variable that set it, instead of by Camel's file endpoints at their first poll.
 */
final class Folders {

    private Folders() {
    }

    /**
     * @throws CannotStartException if a folder is a file, cannot be created or written to, or the inbox doubles as the
     *                              done or failed folder (its recordings would be picked up again and again)
     */
    static void prepare(FileDropSettings settings) {
        if (settings.inbox().equals(settings.done()) || settings.inbox().equals(settings.failed())) {
            throw new CannotStartException("SLNG_INBOX " + settings.inbox() + " is also the done or failed folder;"
                                           + " give SLNG_DONE and SLNG_FAILED folders of their own");
        }
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("SLNG_OUTBOX", settings.outbox());
        folders.put("SLNG_DONE", settings.done());
        folders.put("SLNG_FAILED", settings.failed());
        // The inbox last: a new inbox means a first run (see Samples), so it is created only when all else is well.
        folders.put("SLNG_INBOX", settings.inbox());
        folders.forEach(Folders::refuseFile);
        folders.forEach(Folders::create);
    }

    private static void refuseFile(String variable, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CannotStartException(variable + " " + folder + " is a file, not a folder");
        }
    }

    private static void create(String variable, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CannotStartException(variable + " " + folder + " cannot be created: " + reason(folder, e));
        }
        if (!Files.isWritable(folder)) {
            throw new CannotStartException(variable + " " + folder + " is not writable");
        }
    }

    private static String reason(Path folder, IOException e) {
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }
}
