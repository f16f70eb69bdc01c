package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.VoiceActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real offline speech: FreeTTS {@code kevin16} speaks, Sphinx4 en-us listens. Both load in the constructor (5-10 s,
 * about 200 MB of heap), so no request pays for it. Needs {@code net.sf.sociaal:freetts},
 * {@code de.sciss:sphinx4-core} and {@code de.sciss:sphinx4-data} on the classpath.
 * Transcribers {@link Transcriber#blocking() block} in {@code result()}: decoding is slower than the narrow-beam
 * figure of 0.6-0.9 times real time on a busy machine.
 */
public final class RealSpeechEngine implements SpeechEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RealSpeechEngine.class);
    private static final String PRIMER = "the meeting is scheduled for tuesday at three thirty in the afternoon";
    private static final int DEFAULT_SAMPLE_RATE = 16_000;

    private final FreeTtsSynthesizer synthesizer;
    private final RecognizerPool recognizers;
    private final VoiceActivity voiceActivity = new EnergyVoiceActivity();

    /**
     * Loads the voice and the recognisers.
     *
     * @param recognizers how many recognisers decode at the same time (about 170 MB each); at least 1
     */
    public RealSpeechEngine(int recognizers) {
        if (recognizers < 1) {
            throw new IllegalArgumentException("At least one recogniser is needed: " + recognizers);
        }
        long start = System.nanoTime();
        this.synthesizer = new FreeTtsSynthesizer();
        this.recognizers = new RecognizerPool(recognizers, synthesizer.pcm(PRIMER));
        LOG.info("Real speech engine (FreeTTS kevin16, Sphinx4 en-us, {} recogniser(s)) loaded in {} ms", recognizers,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads the voice and one recogniser. */
    public RealSpeechEngine() {
        this(1);
    }

    /** @return a WAV file, 16 kHz mono PCM16LE; the voice id is ignored (there is one voice) */
    @Override
    public byte[] synthesize(String text, String voice) {
        return synthesizer.wav(text);
    }

    /** Hands on each FreeTTS utterance (a sentence or phrase) as soon as it is made, 16 kHz; the voice id is ignored. */
    @Override
    public void synthesizeStreaming(String text, String voice, AudioSink sink) {
        synthesizer.speak(text, pcm -> sink.accept(pcm, FreeTtsSynthesizer.SAMPLE_RATE));
    }

    @Override
    public Transcriber newTranscriber() {
        return newTranscriber(DEFAULT_SAMPLE_RATE);
    }

    @Override
    public Transcriber newTranscriber(int sampleRate) {
        return new RealTranscriber(recognizers, sampleRate);
    }

    /** The same detector at every rate: it looks at the level only. */
    @Override
    public VoiceActivity voiceActivity(int sampleRate) {
        return voiceActivity;
    }
}
