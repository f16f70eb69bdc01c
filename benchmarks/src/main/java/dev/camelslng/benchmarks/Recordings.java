package dev.camelslng.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

import dev.camelslng.sandbox.engine.ToneSpeechEngine;

/**
 * The STT inputs: a short utterance from the sandbox's own speech engine followed by silence, as a 10 MiB byte[] and a
 * 200 MiB sparse file (no disk space, read from the page cache). The WAV header declares the full length, so the
 * server decodes every byte and its transcript proves that the whole upload arrived.
 */
final class Recordings implements AutoCloseable {

    static final String SPOKEN = "the upload arrived intact";
    static final int ARRAY_BYTES = 10 << 20;
    static final long FILE_BYTES = 200L << 20;

    private static final int WAV_HEADER_BYTES = 44;

    private final byte[] array;
    private final File file;

    private Recordings(byte[] array, File file) {
        this.array = array;
        this.file = file;
    }

    static Recordings create() throws IOException {
        byte[] speech = new ToneSpeechEngine().synthesize(SPOKEN, null);
        byte[] array = new byte[ARRAY_BYTES];
        System.arraycopy(withLength(speech, ARRAY_BYTES), 0, array, 0, speech.length);
        File file = Files.createTempFile("slng-benchmark", ".wav").toFile();
        file.deleteOnExit();
        try (RandomAccessFile out = new RandomAccessFile(file, "rw")) {
            out.setLength(FILE_BYTES);
            out.write(withLength(speech, FILE_BYTES));
        }
        return new Recordings(array, file);
    }

    private static byte[] withLength(byte[] speech, long size) {
        byte[] patched = speech.clone();
        ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(4, (int) (size - 8))
                .putInt(40, (int) (size - WAV_HEADER_BYTES));
        return patched;
    }

    byte[] array() {
        return array;
    }

    File file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file.toPath());
    }
}
