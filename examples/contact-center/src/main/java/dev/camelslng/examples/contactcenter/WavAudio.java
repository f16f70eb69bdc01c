package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import dev.camelslng.examples.support.CannotFinishException;

/**
 * A WAV recording of 16 kHz 16-bit mono PCM, the only audio a call carries. Java Sound reads the header;
 * {@link #read(Path)} refuses anything else, saying what the file holds.
 *
 * @param file the recording
 */
record WavAudio(Path file) {

    static final int SAMPLE_RATE = 16_000;
    static final int BITS = 16;
    static final int CHANNELS = 1;
    /** 20 ms of audio: 320 samples of 2 bytes. */
    static final int CHUNK_BYTES = SAMPLE_RATE / 50 * BITS / 8;

    private static final String WANTED = "calls takes WAVs of 16 kHz 16-bit mono PCM";

    /**
     * @param  file                  a WAV recording
     * @return                       its audio
     * @throws CannotFinishException naming the file, if it is not a WAV of 16 kHz 16-bit mono PCM
     */
    static WavAudio read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw refused(file, Files.exists(file) ? "not a file" : "no such file");
        }
        AudioFileFormat wav;
        try {
            wav = AudioSystem.getAudioFileFormat(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw refused(file, "not a WAV file");
        } catch (IOException e) {
            throw refused(file, "cannot read it: " + e.getMessage());
        }
        AudioFormat format = wav.getFormat();
        if (wav.getType() != AudioFileFormat.Type.WAVE) {
            throw refused(file, "not a WAV file but " + wav.getType());
        }
        boolean pcm = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding()) && !format.isBigEndian();
        if (!pcm || format.getSampleRate() != SAMPLE_RATE || format.getSampleSizeInBits() != BITS || format.getChannels() != CHANNELS) {
            throw refused(file, "its audio is " + Math.round(format.getSampleRate()) + " Hz " + format.getSampleSizeInBits()
                                + "-bit " + (format.getChannels() == 1 ? "mono " : format.getChannels() + " channels ")
                                + format.getEncoding() + (format.isBigEndian() ? " big-endian" : ""));
        }
        return new WavAudio(file);
    }

    private static CannotFinishException refused(Path file, String why) {
        return new CannotFinishException(file + ": " + why + "; " + WANTED);
    }

    /** @return the call's id: the file name without {@code .wav} */
    String callId() {
        String name = file.getFileName().toString();
        return name.regionMatches(true, name.length() - 4, ".wav", 0, 4) ? name.substring(0, name.length() - 4) : name;
    }

    /** @return a stream of its PCM data only, from the first sample to the last */
    InputStream open() throws IOException {
        try {
            return AudioSystem.getAudioInputStream(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file + " is no longer a WAV file", e);
        }
    }
}
