package dev.camelslng.sandbox.engine;

import java.nio.charset.StandardCharsets;

/**
 * Streams the sample bytes out of audio that may start with a RIFF/WAV header, whatever the chunk boundaries.
 * Audio without a RIFF header is passed through as raw PCM. The format chunk is not interpreted: the decoder
 * always reads PCM16LE, which makes anything else decode to nothing rather than fail.
 */
public final class PcmExtractor {

    /** Receives sample bytes; the array is only valid during the call. */
    public interface PcmSink {
        /**
         * Takes the next sample bytes.
         *
         * @param bytes  the buffer
         * @param offset where the sample bytes start
         * @param length how many there are
         */
        void accept(byte[] bytes, int offset, int length);
    }

    private enum State { PROBE, CHUNK_HEADER, SKIP, DATA }

    private static final int RIFF_HEADER_BYTES = 12;
    private static final int CHUNK_HEADER_BYTES = 8;
    /** A data size of 0 or 0xFFFFFFFF is what streaming writers put when they do not know the length yet. */
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;

    private final PcmSink sink;
    private final byte[] header = new byte[RIFF_HEADER_BYTES];
    private int headerFill;
    private State state = State.PROBE;
    private long skipRemaining;
    private long dataRemaining = Long.MAX_VALUE;

    /**
     * Creates an extractor for one stream.
     *
     * @param sink receives the sample bytes
     */
    public PcmExtractor(PcmSink sink) {
        this.sink = sink;
    }

    /**
     * Feeds the next bytes of the stream; sample bytes reach the sink at once, except the first 12 bytes of a stream
     * without header, which wait until 12 bytes have arrived.
     *
     * @param bytes  the buffer
     * @param offset where the new bytes start
     * @param length how many bytes to take
     */
    public void feed(byte[] bytes, int offset, int length) {
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            switch (state) {
                case PROBE -> pos = probe(bytes, pos, end);
                case CHUNK_HEADER -> pos = chunkHeader(bytes, pos, end);
                case SKIP -> pos = skip(pos, end);
                default -> pos = data(bytes, pos, end);
            }
        }
    }

    private int probe(byte[] bytes, int pos, int end) {
        int next = fillHeader(bytes, pos, end, RIFF_HEADER_BYTES);
        if (headerFill == RIFF_HEADER_BYTES) {
            headerFill = 0;
            if (startsWith(0, "RIFF") && startsWith(8, "WAVE")) {
                state = State.CHUNK_HEADER;
            } else {
                state = State.DATA;
                sink.accept(header, 0, RIFF_HEADER_BYTES);
            }
        }
        return next;
    }

    private int chunkHeader(byte[] bytes, int pos, int end) {
        int next = fillHeader(bytes, pos, end, CHUNK_HEADER_BYTES);
        if (headerFill == CHUNK_HEADER_BYTES) {
            headerFill = 0;
            long size = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16 | (header[7] & 0xFFL) << 24;
            if (startsWith(0, "data")) {
                state = State.DATA;
                dataRemaining = size == 0 || size == UNKNOWN_SIZE ? Long.MAX_VALUE : size;
            } else {
                state = State.SKIP;
                skipRemaining = size + (size & 1);
            }
        }
        return next;
    }

    private int skip(int pos, int end) {
        int n = (int) Math.min(skipRemaining, end - pos);
        skipRemaining -= n;
        if (skipRemaining == 0) {
            state = State.CHUNK_HEADER;
        }
        return pos + n;
    }

    private int data(byte[] bytes, int pos, int end) {
        int n = (int) Math.min(dataRemaining, end - pos);
        if (n == 0) {
            // past the data chunk: trailing metadata chunks are not audio
            return end;
        }
        if (dataRemaining != Long.MAX_VALUE) {
            dataRemaining -= n;
        }
        sink.accept(bytes, pos, n);
        return pos + n;
    }

    private int fillHeader(byte[] bytes, int pos, int end, int wanted) {
        int n = Math.min(wanted - headerFill, end - pos);
        System.arraycopy(bytes, pos, header, headerFill, n);
        headerFill += n;
        return pos + n;
    }

    private boolean startsWith(int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < expected.length; i++) {
            if (header[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
