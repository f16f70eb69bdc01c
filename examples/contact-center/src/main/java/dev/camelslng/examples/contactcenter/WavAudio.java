package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.camelslng.examples.support.CannotFinishException;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The PCM data of a WAV recording of 16 kHz 16-bit mono PCM, the only audio a call carries: where it starts in the
 * file and how long it is. {@link #read(Path)} refuses anything else, saying what the file holds.
 *
 * @param file   the recording
 * @param offset where its PCM data start
 * @param length how many bytes of PCM data it holds
 */
record WavAudio(Path file, long offset, long length) {

    static final int SAMPLE_RATE = 16_000;
    static final int BITS = 16;
    static final int CHANNELS = 1;
    /** 20 ms of audio: 320 samples of 2 bytes. */
    static final int CHUNK_BYTES = SAMPLE_RATE / 50 * BITS / 8;

    private static final int RIFF_HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    private static final int FMT_LENGTH = 16;
    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int EXTENSIBLE_LENGTH = 26;
    private static final int SUBFORMAT_OFFSET = 24;
    private static final long UNSIGNED_INT = 0xFFFF_FFFFL;
    private static final int UNSIGNED_SHORT = 0xFFFF;
    private static final String WANTED = "calls takes WAVs of 16 kHz 16-bit mono PCM";

    /**
     * @param  file                  a WAV recording
     * @return                       where its audio is
     * @throws CannotFinishException naming the file, if it is not a WAV of 16 kHz 16-bit mono PCM
     */
    static WavAudio read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw refused(file, Files.exists(file) ? "not a file" : "no such file");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer riff = readFully(channel, 0, RIFF_HEADER);
            if (riff == null || !ascii(riff, 0).equals("RIFF") || !ascii(riff, 8).equals("WAVE")) {
                throw refused(file, "not a WAV file");
            }
            boolean formatChecked = false;
            long position = RIFF_HEADER;
            while (position + CHUNK_HEADER <= size) {
                ByteBuffer header = readFully(channel, position, CHUNK_HEADER);
                String id = ascii(header, 0);
                long length = header.getInt(4) & UNSIGNED_INT;
                long body = position + CHUNK_HEADER;
                if (id.equals("fmt ")) {
                    checkFormat(file, readFully(channel, body, (int) Math.min(length, EXTENSIBLE_LENGTH + 14)), length);
                    formatChecked = true;
                } else if (id.equals("data")) {
                    if (!formatChecked) {
                        throw refused(file, "its data chunk comes before its format chunk");
                    }
                    // A recorder that could not seek back writes 0 or 0xFFFFFFFF: the data then run to the end of the file.
                    long available = size - body;
                    long pcm = length == 0 || length > available ? available : length;
                    return new WavAudio(file, body, pcm - pcm % 2);
                }
                position = body + length + (length & 1);
            }
            throw refused(file, formatChecked ? "it has no data chunk" : "it has no format chunk");
        } catch (IOException e) {
            throw refused(file, "cannot read it: " + e.getMessage());
        }
    }

    private static void checkFormat(Path file, ByteBuffer fmt, long length) {
        if (fmt == null || length < FMT_LENGTH) {
            throw refused(file, "its format chunk is too short");
        }
        int format = fmt.getShort(0) & UNSIGNED_SHORT;
        int channels = fmt.getShort(2) & UNSIGNED_SHORT;
        long rate = fmt.getInt(4) & UNSIGNED_INT;
        int bits = fmt.getShort(14) & UNSIGNED_SHORT;
        boolean pcm = format == PCM || format == EXTENSIBLE && fmt.limit() >= EXTENSIBLE_LENGTH
                      && (fmt.getShort(SUBFORMAT_OFFSET) & UNSIGNED_SHORT) == PCM;
        if (!pcm) {
            throw refused(file, "its audio is not PCM (format tag " + format + ")");
        }
        if (channels != CHANNELS || rate != SAMPLE_RATE || bits != BITS) {
            throw refused(file, "its audio is " + rate + " Hz " + bits + "-bit " + (channels == 1 ? "mono" : channels + " channels"));
        }
    }

    /** @return the bytes at {@code position}, little-endian, or null if the file ends before */
    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static String ascii(ByteBuffer buffer, int index) {
        byte[] bytes = new byte[4];
        buffer.get(index, bytes);
        return new String(bytes, US_ASCII);
    }

    private static CannotFinishException refused(Path file, String why) {
        return new CannotFinishException(file + ": " + why + "; " + WANTED);
    }

    /** @return the call's id: the file name without {@code .wav} */
    String callId() {
        String name = file.getFileName().toString();
        return name.regionMatches(true, name.length() - 4, ".wav", 0, 4) ? name.substring(0, name.length() - 4) : name;
    }

    /** @return the number of records its audio makes (the last one may be shorter than 20 ms) */
    long chunks() {
        return (length + CHUNK_BYTES - 1) / CHUNK_BYTES;
    }

    /** @return a stream of its PCM data only, from the first sample to the last */
    InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(offset);
        return new BoundedInputStream(in, length);
    }

    /** Reads at most a given number of bytes of another stream. */
    private static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
