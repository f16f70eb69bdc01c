package dev.camelslng.examples.ttsstream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelslng.examples.support.CannotFinishException;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * Writes each utterance's audio, raw 16-bit PCM mono as the stream replies it, as {@code <out-dir>/<n>.wav} with a
 * canonical 44-byte header, and prints {@code <path> (<bytes> bytes)} for it.
 */
final class WavFiles {

    private static final int HEADER = 44;
    private static final int BLOCK_ALIGN = 2;

    private final Path outDir;
    private final int sampleRate;
    private final PrintStream out;

    WavFiles(Path outDir, int sampleRate, PrintStream out) {
        this.outDir = outDir;
        this.sampleRate = sampleRate;
        this.out = out;
    }

    /**
     * @return                       {@code outDir} as given: the printed paths are the user's, not made absolute
     * @throws CannotFinishException if the folder cannot be created, e.g. because a file has its name
     */
    static Path createFolder(Path outDir) {
        try {
            Files.createDirectories(outDir);
            return outDir;
        } catch (IOException e) {
            throw new CannotFinishException("cannot create the out-dir " + outDir + ": " + CannotFinishException.from(e).getMessage());
        }
    }

    /** @throws CannotFinishException if the file cannot be written */
    void write(int number, byte[] pcm) {
        Path file = outDir.resolve(number + ".wav");
        try (OutputStream wav = Files.newOutputStream(file)) {
            wav.write(header(pcm.length));
            wav.write(pcm);
        } catch (IOException e) {
            throw new CannotFinishException("cannot write " + file + ": " + CannotFinishException.from(e).getMessage());
        }
        out.println(file + " (" + (HEADER + pcm.length) + " bytes)");
    }

    private byte[] header(int dataLength) {
        return ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(US_ASCII)).putInt(HEADER - 8 + dataLength).put("WAVE".getBytes(US_ASCII))
                .put("fmt ".getBytes(US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * BLOCK_ALIGN).putShort((short) BLOCK_ALIGN).putShort((short) 16)
                .put("data".getBytes(US_ASCII)).putInt(dataLength)
                .array();
    }
}
