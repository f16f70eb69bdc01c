package dev.camelslng.sandbox.engine.real;

import com.sun.speech.freetts.audio.AudioPlayer;

import javax.sound.sampled.AudioFormat;
import java.io.ByteArrayOutputStream;

/**
 * A FreeTTS audio player that keeps what the voice writes, in memory, as it arrives. Unlike FreeTTS's own file player it
 * does not pre-allocate in {@link #begin(int)}, whose estimate leaves 110-136 ms of exact zeros at the end.
 */
final class CapturedAudio implements AudioPlayer {

    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private AudioFormat format;
    private float volume = 1.0f;

    /** @return what was written so far, in the voice's format */
    byte[] samples() {
        return samples.toByteArray();
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
