package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.AudioSniffer;
import dev.camelslng.sandbox.engine.PcmExtractor;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Collects one stream's PCM as it is fed (cheap, fine on an event loop) and decodes it with Sphinx4 in
 * {@link #result()}, which blocks: call it on a worker thread. Audio beyond {@link #MAX_PCM_BYTES} is not decoded.
 */
final class RealTranscriber implements Transcriber {

    /** About ten minutes at 16 kHz, or two at 48 kHz. */
    static final int MAX_PCM_BYTES = 20 * 1024 * 1024;
    /** Sphinx4 without a lattice gives no confidence; a fixed value says "recognised", 0 says "nothing". */
    private static final double HEARD_CONFIDENCE = 0.9;
    private static final Logger LOG = LoggerFactory.getLogger(RealTranscriber.class);

    private final RecognizerPool recognizers;
    private final AudioSniffer sniffer = new AudioSniffer();
    private final WavRate rate;
    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    private long pcmBytes;
    private Transcript transcript;

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
    public synchronized Transcript result() {
        if (transcript == null) {
            transcript = decode();
        }
        return transcript;
    }

    private Transcript decode() {
        byte[] samples = pcm.toByteArray();
        if (samples.length < 2) {
            return new Transcript("", 0.0);
        }
        try {
            String text = recognizers.decode(Resampler.resample(samples, rate.sampleRate(), FreeTtsSynthesizer.SAMPLE_RATE));
            return new Transcript(text, text.isEmpty() ? 0.0 : HEARD_CONFIDENCE);
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
