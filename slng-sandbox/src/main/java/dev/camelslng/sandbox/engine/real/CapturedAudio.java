package dev.camelslng.sandbox.engine.real;

import com.sun.speech.freetts.audio.AudioPlayer;

import javax.sound.sampled.AudioFormat;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;

/**
 * A FreeTTS audio player that collects, in memory, what the voice writes for each of its utterances (FreeTTS cuts a text
 * into sentences and phrases) and hands it on, in the voice's format, as soon as the utterance ends. Unlike FreeTTS's own
 * file player it does not pre-allocate in {@link #begin(int)}, whose estimate leaves 110-136 ms of exact zeros at the end.
 */
final class CapturedAudio implements AudioPlayer {

    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private final BiConsumer<byte[], AudioFormat> utterances;
    private AudioFormat format;
    private float volume = 1.0f;

    /** @param utterances receives each utterance's samples and their format, on FreeTTS's output thread, in order */
    CapturedAudio(BiConsumer<byte[], AudioFormat> utterances) {
        this.utterances = utterances;
    }

    @Override
    public void setAudioFormat(AudioFormat audioFormat) {
        this.format = audioFormat;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int size) {
        samples.write(audio, offset, size);
        return true;
    }

    @Override
    public void begin(int size) {
        // nothing to prepare: write() appends
    }

    @Override
    public boolean end() {
        byte[] utterance = samples.toByteArray();
        samples.reset();
        utterances.accept(utterance, format);
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void reset() {
        samples.reset();
    }

    @Override
    public void cancel() {
        // nothing is playing
    }

    @Override
    public void pause() {
        // nothing is playing
    }

    @Override
    public void resume() {
        // nothing is playing
    }

    @Override
    public void close() {
        // memory only
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
        // no clock
    }

    @Override
    public void startFirstSampleTimer() {
        // no clock
    }

    @Override
    public void showMetrics() {
        // no metrics
    }
}
