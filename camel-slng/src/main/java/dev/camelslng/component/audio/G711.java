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
 * STT bridge takes and the one the component replays after a drop. The codec is the JDK's own (Java Sound's G.711
 * converters); the sample rate does not enter the conversion.
 */
public enum G711 {

    MULAW("mulaw", AudioFormat.Encoding.ULAW),
    ALAW("alaw", AudioFormat.Encoding.ALAW);

    /** The sample rate of phone audio, the default wherever G.711 is asked for. */
    public static final int PHONE_SAMPLE_RATE = 8000;

    private static final AudioFormat PCM = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, PHONE_SAMPLE_RATE, 16, 1, 2,
            PHONE_SAMPLE_RATE, false);

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
        return convert(pcm, PCM, format);
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
