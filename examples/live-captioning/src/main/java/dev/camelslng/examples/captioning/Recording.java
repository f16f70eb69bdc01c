package dev.camelslng.examples.captioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelslng.examples.support.CannotFinishException;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * Checks the recording before anything starts: it must be a readable WAV file. Whether its audio is 16-bit PCM mono is
 * the component's to say, as it reads the header anyway.
 */
final class Recording {

    private static final int RIFF_HEADER = 12;

    private Recording() {
    }

    /** @throws CannotFinishException saying what is wrong with the file */
    static Path checked(Path wav) {
        if (!Files.exists(wav)) {
            throw new CannotFinishException("no such file");
        }
        if (!Files.isRegularFile(wav)) {
            throw new CannotFinishException("not a file");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(wav)) {
            header = in.readNBytes(RIFF_HEADER);
        } catch (IOException e) {
            throw new CannotFinishException("cannot read it: " + e.getMessage());
        }
        if (header.length < RIFF_HEADER || !new String(header, 0, 4, US_ASCII).equals("RIFF")
            || !new String(header, 8, 4, US_ASCII).equals("WAVE")) {
            throw new CannotFinishException("not a WAV file; the example takes a WAV of 16-bit PCM mono");
        }
        return wav;
    }
}
