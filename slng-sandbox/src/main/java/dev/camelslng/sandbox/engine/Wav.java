package dev.camelslng.sandbox.engine;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Minimal WAV (RIFF) support for mono 16-bit little-endian PCM.
 */
public final class Wav {

    /** Size of the canonical header written by {@link #writeHeader}. */
    public static final int HEADER_BYTES = 44;
    private static final int HEADERLESS_SAMPLE_RATE = 16_000;
    private static final int SAMPLE_RATE_OFFSET = 24;

    private Wav() {
    }

    /**
     * Writes a canonical 44-byte header for mono PCM16 at the buffer's position.
     *
     * @param target     a buffer with at least {@link #HEADER_BYTES} bytes left
     * @param dataBytes  the length of the PCM data that follows
     * @param sampleRate samples per second
     */
    public static void writeHeader(ByteBuffer target, int dataBytes, int sampleRate) {
        ByteBuffer out = target.order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        out.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        out.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        out.putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    }

    /**
     * Extracts the PCM samples of a WAV file; input without a RIFF header is returned as it is.
     *
     * @param  audio a WAV file or raw PCM
     * @return       the sample bytes
     */
    public static byte[] pcmData(byte[] audio) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream(audio.length);
        new PcmExtractor(pcm::write).feed(audio, 0, audio.length);
        return pcm.toByteArray();
    }

    /**
     * Reads the sample rate of a WAV file with a canonical header, as {@link #writeHeader} writes and the sandbox's
     * engines return.
     *
     * @param  wav a WAV file
     * @return     its sample rate, 16000 when it has no RIFF header
     */
    public static int sampleRate(byte[] wav) {
        boolean riff = wav.length >= HEADER_BYTES && "RIFF".equals(new String(wav, 0, 4, StandardCharsets.US_ASCII));
        return riff ? ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(SAMPLE_RATE_OFFSET) : HEADERLESS_SAMPLE_RATE;
    }
}
