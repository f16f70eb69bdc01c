package dev.camelslng.sandbox.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The sample rate of a stream: the one in its WAV {@code fmt } chunk when it has a header, else the declared one.
 */
public final class WavRate {

    private static final int PREFIX_BYTES = 512;
    private static final int RIFF_HEADER_BYTES = 12;
    private static final int CHUNK_HEADER_BYTES = 8;
    private static final int RATE_IN_FMT = 4;

    private final int declared;
    private final byte[] prefix = new byte[PREFIX_BYTES];
    private int prefixFill;

    /**
     * Starts reading one stream.
     *
     * @param declared the rate of raw PCM, or of a WAV whose header gives none
     */
    public WavRate(int declared) {
        this.declared = declared;
    }

    /**
     * Takes the next bytes of the stream; only the first 512 are kept.
     *
     * @param bytes  the buffer
     * @param offset where the new bytes start
     * @param length how many bytes to take
     */
    public void feed(byte[] bytes, int offset, int length) {
        int n = Math.min(length, PREFIX_BYTES - prefixFill);
        System.arraycopy(bytes, offset, prefix, prefixFill, n);
        prefixFill += n;
    }

    /** @return the sample rate, as far as the bytes fed so far tell */
    public int sampleRate() {
        if (prefixFill < RIFF_HEADER_BYTES || !ascii(0, "RIFF") || !ascii(8, "WAVE")) {
            return declared;
        }
        ByteBuffer header = ByteBuffer.wrap(prefix, 0, prefixFill).order(ByteOrder.LITTLE_ENDIAN);
        int at = RIFF_HEADER_BYTES;
        while (at + CHUNK_HEADER_BYTES + RATE_IN_FMT + 4 <= prefixFill) {
            long size = header.getInt(at + 4) & 0xFFFFFFFFL;
            if (ascii(at, "fmt ")) {
                int rate = header.getInt(at + CHUNK_HEADER_BYTES + RATE_IN_FMT);
                return rate > 0 ? rate : declared;
            }
            if (ascii(at, "data") || size >= PREFIX_BYTES) {
                break;
            }
            at += CHUNK_HEADER_BYTES + (int) (size + (size & 1));
        }
        return declared;
    }

    private boolean ascii(int at, String text) {
        return new String(prefix, at, text.length(), StandardCharsets.US_ASCII).equals(text);
    }
}
