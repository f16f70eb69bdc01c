package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** How long a recording plays, read from its header by Java Sound (WAV, AIFF, AU); other formats are "unknown". */
final class AudioLength {

    static final String UNKNOWN = "unknown";

    private AudioLength() {
    }

    /** @return e.g. {@code 4.2 s}, or {@code unknown} */
    static String describe(Path recording) {
        OptionalDouble seconds = seconds(recording);
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.1f s", seconds.getAsDouble()) : UNKNOWN;
    }

    private static OptionalDouble seconds(Path recording) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(recording.toFile());
            long frames = format.getFrameLength();
            float frameRate = format.getFormat().getFrameRate();
            return frames >= 0 && frameRate > 0 ? OptionalDouble.of(frames / (double) frameRate) : OptionalDouble.empty();
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            // A header that cannot be read is worth a word in the log line, never a failed transcription.
            return OptionalDouble.empty();
        }
    }
}
