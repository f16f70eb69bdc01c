package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.nio.charset.StandardCharsets.US_ASCII;

/** Small WAV recordings made by the tests: a sine tone in any PCM format. */
final class Wav {

    private static final int HEADER = 44;
    private static final double TONE_HZ = 440;
    private static final double AMPLITUDE = 0.25;

    private Wav() {
    }

    /**
     * @param  rate     samples per second
     * @param  channels 1 or 2
     * @param  bits     8 or 16
     * @param  bytes    how many bytes of PCM data
     * @return          a tone of that many bytes, in that format
     */
    static byte[] tone(int rate, int channels, int bits, int bytes) {
        ByteBuffer pcm = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; pcm.hasRemaining(); i++) {
            double sample = AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * (i / channels) / rate);
            if (bits == 8) {
                pcm.put((byte) (128 + sample * 127));
            } else if (pcm.remaining() >= 2) {
                pcm.putShort((short) (sample * Short.MAX_VALUE));
            } else {
                pcm.put((byte) 0);
            }
        }
        return pcm.array();
    }

    /** Writes a WAV file of the given PCM data and format. */
    static Path write(Path file, int rate, int channels, int bits, byte[] pcm) throws IOException {
        ByteBuffer wav = ByteBuffer.allocate(HEADER + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(US_ASCII)).putInt(HEADER - 8 + pcm.length).put("WAVE".getBytes(US_ASCII));
        wav.put("fmt ".getBytes(US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        wav.put("data".getBytes(US_ASCII)).putInt(pcm.length).put(pcm);
        return Files.write(file, wav.array());
    }

    /** Writes a WAV file of 16 kHz 16-bit mono PCM, a tone of the given number of bytes. */
    static byte[] writeCall(Path file, int bytes) throws IOException {
        byte[] pcm = tone(16_000, 1, 16, bytes);
        write(file, 16_000, 1, 16, pcm);
        return pcm;
    }
}
