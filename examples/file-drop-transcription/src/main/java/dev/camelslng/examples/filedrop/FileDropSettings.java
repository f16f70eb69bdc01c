package dev.camelslng.examples.filedrop;

import java.nio.file.Path;
import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.Gateway;

/**
 * What the example reads from its environment. Folders default to {@code file-drop/...} under the working directory.
 *
 * @param gateway the gateway: SLNG_API_KEY, SLNG_BASE_URL, SLNG_ALLOW_PLAIN_HTTP, SLNG_LOCAL_ENGINE
 * @param inbox   SLNG_INBOX: recordings dropped here are transcribed
 * @param outbox  SLNG_OUTBOX: {@code <name>.txt} and {@code <name>.json} are written here
 * @param done    SLNG_DONE: transcribed recordings are moved here
 * @param failed  SLNG_FAILED: recordings that could not be transcribed are moved here, each next to a file saying why,
 *                e.g. {@code call.wav} and {@code call.wav.error.txt}
 */
public record FileDropSettings(Gateway gateway, Path inbox, Path outbox, Path done, Path failed) {

    /**
     * @throws CannotStartException if SLNG_BASE_URL is not an http(s) URL or SLNG_LOCAL_ENGINE names no engine; the
     *                              component checks the rest when it starts
     */
    public static FileDropSettings fromEnvironment(Map<String, String> env, Path workDir) {
        Gateway gateway;
        try {
            gateway = Gateway.fromEnvironment(env);
        } catch (CannotFinishException e) {
            throw new CannotStartException(e.getMessage());
        }
        Path root = workDir.resolve("file-drop");
        return new FileDropSettings(gateway, folder(env, "SLNG_INBOX", root.resolve("inbox")),
                folder(env, "SLNG_OUTBOX", root.resolve("outbox")), folder(env, "SLNG_DONE", root.resolve("done")),
                folder(env, "SLNG_FAILED", root.resolve("failed")));
    }

    /** The same settings, talking to another gateway. */
    public FileDropSettings withGateway(Gateway newGateway) {
        return new FileDropSettings(newGateway, inbox, outbox, done, failed);
    }

    private static Path folder(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return (value == null || value.isBlank() ? fallback : Path.of(value.trim())).toAbsolutePath().normalize();
    }
}
