package dev.camelslng.sandbox.engine.real;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Wav;

import javax.sound.sampled.AudioFormat;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Text to 16 kHz PCM16LE with FreeTTS {@code kevin16}. A voice is not thread-safe (a shared one corrupts output), so each
 * call borrows one voice for itself; voices are made on demand and kept for reuse.
 */
final class FreeTtsSynthesizer {

    static final int SAMPLE_RATE = 16_000;
    private static final String VOICE = "kevin16";
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    /**
     * kevin16 speaks at 100 Hz by default. At 130 Hz Sphinx4 hears it better: 11.5% word errors instead of 14.8% over
     * 60 sentences (593 words), better on each of three sets; 85, 115, 125, 135, 145 and 160 Hz, a wider pitch range and
     * slower or faster speech did worse.
     */
    private static final float PITCH_HZ = 130f;

    private final Queue<Voice> idle = new ConcurrentLinkedQueue<>();

    /** Loads the first voice now, so the first request does not pay for it. */
    FreeTtsSynthesizer() {
        idle.add(newVoice());
    }

    /**
     * Speaks a text, handing on the audio of each FreeTTS utterance (a sentence or phrase) as soon as FreeTTS has made it.
     *
     * @param text   what to say
     * @param pieces receives 16 kHz mono PCM16LE, never empty, in order, on FreeTTS's output thread, all before this
     *               returns
     */
    void speak(String text, Consumer<byte[]> pieces) {
        Voice voice = idle.poll();
        if (voice == null) {
            voice = newVoice();
        }
        try {
            voice.setAudioPlayer(new CapturedAudio((samples, format) -> {
                byte[] pcm = toLittleEndian16k(samples, format);
                if (pcm.length > 0) {
                    pieces.accept(pcm);
                }
            }));
            voice.speak(text);
        } finally {
            idle.add(voice);
        }
    }

    /**
     * Speaks a text.
     *
     * @param  text what to say
     * @return      16 kHz mono PCM16LE, empty if FreeTTS says nothing
     */
    byte[] pcm(String text) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        speak(text, pcm::writeBytes);
        return pcm.toByteArray();
    }

    /**
     * Speaks a text.
     *
     * @param  text what to say
     * @return      a WAV file, 16 kHz mono PCM16LE
     */
    byte[] wav(String text) {
        byte[] pcm = pcm(text);
        ByteBuffer wav = ByteBuffer.allocate(Wav.HEADER_BYTES + pcm.length);
        Wav.writeHeader(wav, pcm.length, SAMPLE_RATE);
        wav.put(pcm);
        return wav.array();
    }

    private static byte[] toLittleEndian16k(byte[] samples, AudioFormat format) {
        if (format == null) {
            return new byte[0];
        }
        byte[] little = samples;
        if (format.isBigEndian()) {
            little = new byte[samples.length - samples.length % 2];
            for (int i = 0; i < little.length; i += 2) {
                little[i] = samples[i + 1];
                little[i + 1] = samples[i];
            }
        }
        return Resampler.resample(little, Math.round(format.getSampleRate()), SAMPLE_RATE);
    }

    private static Voice newVoice() {
        if (System.getProperty(VOICES_PROPERTY) == null) {
            System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
        }
        Voice voice = VoiceManager.getInstance().getVoice(VOICE);
        if (voice == null) {
            throw new IllegalStateException("FreeTTS has no voice " + VOICE + "; is net.sf.sociaal:freetts on the classpath?");
        }
        voice.allocate();
        voice.setPitch(PITCH_HZ);
        return voice;
    }
}
