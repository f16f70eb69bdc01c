package dev.camelslng.component.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * G.711 phone audio (µ-law, A-law: 8 bits a sample), to and from 16-bit little-endian mono PCM, the only form SLNG's
 * STT bridge takes and the one the component replays after a drop. Decoding is Java Sound's (byte for byte what SoX
 * decodes); encoding is written here after the ITU reference code, rounding as SoX does, since Java Sound's encoder
 * turns full-scale µ-law samples into silence and A-law -1 into -248. The sample rate does not enter the conversion.
 */
public enum G711 {

    MULAW("mulaw", AudioFormat.Encoding.ULAW) {
        @Override
        int encodeSample(int pcm) {
            // rounded to 14 bits as SoX does (the reference code truncates), then biased
            int value = Math.min(pcm + 2 >> 2, MAX_14_BITS);
            int mask = 0xFF;
            if (value < 0) {
                value = -value;
                mask = 0x7F;
            }
            value = Math.min(value, MULAW_CLIP) + MULAW_BIAS;
            int segment = segment(value, MULAW_SEGMENT_ENDS);
            return segment >= SEGMENTS ? 0x7F ^ mask : ((segment << 4) | ((value >> (segment + 1)) & 0x0F)) ^ mask;
        }
    },
    ALAW("alaw", AudioFormat.Encoding.ALAW) {
        @Override
        int encodeSample(int pcm) {
            // rounded to 13 bits as SoX does (the reference code truncates)
            int value = Math.min(pcm + 4 >> 3, MAX_13_BITS);
            int mask = 0xD5;
            if (value < 0) {
                value = -value - 1;
                mask = 0x55;
            }
            int segment = segment(value, ALAW_SEGMENT_ENDS);
            if (segment >= SEGMENTS) {
                return 0x7F ^ mask;
            }
            int mantissa = segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
            return ((segment << 4) | mantissa) ^ mask;
        }
    };

    /** The sample rate of phone audio, the default wherever G.711 is asked for. */
    public static final int PHONE_SAMPLE_RATE = 8000;

    private static final AudioFormat PCM = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, PHONE_SAMPLE_RATE, 16, 1, 2,
            PHONE_SAMPLE_RATE, false);

    private static final int SEGMENTS = 8;
    private static final int[] MULAW_SEGMENT_ENDS = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] ALAW_SEGMENT_ENDS = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final int MULAW_CLIP = 8159;
    private static final int MAX_14_BITS = 8191;
    private static final int MAX_13_BITS = 4095;
    private static final int MULAW_BIAS = 0x84 >> 2;

    private final String encoding;
    private final AudioFormat format;

    G711(String encoding, AudioFormat.Encoding law) {
        this.encoding = encoding;
        this.format = new AudioFormat(law, PHONE_SAMPLE_RATE, 8, 1, 1, PHONE_SAMPLE_RATE, false);
    }

    /** The G.711 law an {@code encoding} option names (mulaw, alaw, any case), or null for any other encoding. */
    public static G711 of(String encoding) {
        if (encoding == null) {
            return null;
        }
        String name = encoding.toLowerCase(Locale.ROOT);
        for (G711 law : values()) {
            if (law.encoding.equals(name)) {
                return law;
            }
        }
        return null;
    }

    /** The {@code encoding} option's name of this law. */
    public String encoding() {
        return encoding;
    }

    /** G.711 bytes as 16-bit PCM: two bytes a sample. */
    public byte[] decode(byte[] samples) {
        return convert(samples, format, PCM);
    }

    /** G.711 bytes as a WAV file of 16-bit PCM at {@code sampleRate}: what an HTTP upload names its format by. */
    public byte[] decodeToWav(byte[] samples, int sampleRate) {
        byte[] pcm = decode(samples);
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, 1, 2, sampleRate, false);
        ByteArrayOutputStream wav = new ByteArrayOutputStream(pcm.length + 44);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav);
        } catch (IOException e) {
            throw new UncheckedIOException("Java Sound could not write a WAV held in memory", e);
        }
        return wav.toByteArray();
    }

    /** 16-bit PCM as G.711 bytes; an odd last byte (half a sample) is left out. */
    public byte[] encode(byte[] pcm) {
        byte[] samples = new byte[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) encodeSample((short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8)));
        }
        return samples;
    }

    /** One 16-bit sample as its G.711 byte. */
    abstract int encodeSample(int pcm);

    /** The first segment whose end is at least {@code value}; {@link #SEGMENTS} when none is. */
    private static int segment(int value, int[] ends) {
        for (int segment = 0; segment < SEGMENTS; segment++) {
            if (value <= ends[segment]) {
                return segment;
            }
        }
        return SEGMENTS;
    }

    private static byte[] convert(byte[] data, AudioFormat from, AudioFormat to) {
        long frames = data.length / from.getFrameSize();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), from, frames);
             AudioInputStream out = AudioSystem.getAudioInputStream(to, in)) {
            return out.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Java Sound could not convert G.711 audio held in memory", e);
        }
    }
}
