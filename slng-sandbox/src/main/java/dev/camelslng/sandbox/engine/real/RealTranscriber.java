package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.AudioSniffer;
import dev.camelslng.sandbox.engine.PcmExtractor;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;
import dev.camelslng.sandbox.engine.WavRate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Collects one stream's PCM as it is fed (cheap, fine on an event loop) and decodes it with Sphinx4 in
 * {@link #result()}, which blocks: call it on a worker thread. {@link #soFar()} decodes a copy of what came so far, on
 * another thread while feeding goes on; asking for {@link #result()} makes a running one stop reading audio, so that it
 * frees its recogniser for the final decode soon. Audio beyond {@link #MAX_PCM_BYTES} is not decoded.
 */
final class RealTranscriber implements Transcriber {

    /** About ten minutes at 16 kHz, or two at 48 kHz. */
    static final int MAX_PCM_BYTES = 20 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RealTranscriber.class);

    private final RecognizerPool recognizers;
    private final AudioSniffer sniffer = new AudioSniffer();
    private final WavRate rate;
    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    private long pcmBytes;
    private Transcript transcript;
    private volatile boolean ending;

    RealTranscriber(RecognizerPool recognizers, int declaredSampleRate) {
        this.recognizers = recognizers;
        this.rate = new WavRate(declaredSampleRate > 0 ? declaredSampleRate : FreeTtsSynthesizer.SAMPLE_RATE);
    }

    @Override
    public void feed(byte[] chunk, int offset, int length) {
        sniffer.feed(chunk, offset, length);
        rate.feed(chunk, offset, length);
        extractor.feed(chunk, offset, length);
    }

    @Override
    public Optional<String> undecodableReason(String declaredEncoding) {
        return sniffer.problem(declaredEncoding, pcmBytes);
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public Transcript result() {
        ending = true;
        synchronized (this) {
            if (transcript == null) {
                transcript = decode(() -> false);
            }
            return transcript;
        }
    }

    @Override
    public Transcript soFar() {
        return decode(() -> ending);
    }

    private Transcript decode(BooleanSupplier abandoned) {
        byte[] samples = pcm.toByteArray();
        if (samples.length < 2) {
            return new Transcript("", 0.0);
        }
        try {
            return recognizers.decode(Resampler.resample(samples, rate.sampleRate(), FreeTtsSynthesizer.SAMPLE_RATE), abandoned);
        } catch (RuntimeException e) {
            LOG.warn("Sphinx4 failed on {} bytes of audio; answering an empty transcript", samples.length, e);
            return new Transcript("", 0.0);
        }
    }

    private void onPcm(byte[] bytes, int offset, int length) {
        pcmBytes += length;
        int room = MAX_PCM_BYTES - pcm.size();
        if (room > 0) {
            pcm.write(bytes, offset, Math.min(room, length));
        }
    }
}
