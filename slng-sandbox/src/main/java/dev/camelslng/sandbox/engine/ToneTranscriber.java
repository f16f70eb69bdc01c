package dev.camelslng.sandbox.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Streaming decoder for {@link ToneSpeechEngine} audio at the stream's sample rate (a WAV header's, else the declared one):
 * consecutive 20 ms frames aligned to the start of the PCM data, one byte per tone frame, silence and noise skipped.
 * Audio at a rate the code cannot be read at decodes to nothing, and is {@link #undecodableReason refused} with the reason.
 */
final class ToneTranscriber implements Transcriber {

    private static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final AudioSniffer sniffer = new AudioSniffer();
    private final WavRate rate;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    /** Made at the first sample, when a WAV header, if any, has told the rate; null while none came or at a rate not decoded. */
    private SymbolDetector detector;
    private byte[] frame;
    private int frameFill;
    private double dominanceSum;
    private long pcmBytes;

    ToneTranscriber(int declaredSampleRate) {
        this.rate = new WavRate(declaredSampleRate);
    }

    @Override
    public void feed(byte[] chunk, int offset, int length) {
        sniffer.feed(chunk, offset, length);
        rate.feed(chunk, offset, length);
        extractor.feed(chunk, offset, length);
    }

    @Override
    public Optional<String> undecodableReason(String declaredEncoding) {
        Optional<String> problem = sniffer.problem(declaredEncoding, pcmBytes);
        if (problem.isPresent() || ToneCode.decodes(rate.sampleRate())) {
            return problem;
        }
        return Optional.of("Unsupported audio: sample rate " + rate.sampleRate() + " Hz; the sandbox's tone engine decodes multiples of "
                + ToneCode.SYMBOLS_PER_SECOND + " Hz from " + ToneCode.minSampleRate() + " Hz up");
    }

    @Override
    public Transcript result() {
        if (text.size() == 0) {
            return new Transcript("", 0.0);
        }
        double confidence = Math.round(dominanceSum / text.size() * 1000) / 1000.0;
        return new Transcript(text.toString(StandardCharsets.UTF_8), confidence);
    }

    private void onPcm(byte[] bytes, int offset, int length) {
        if (pcmBytes == 0 && ToneCode.decodes(rate.sampleRate())) {
            detector = new SymbolDetector(rate.sampleRate());
            frame = new byte[SymbolDetector.frameBytes(rate.sampleRate())];
        }
        pcmBytes += length;
        if (detector == null) {
            return;
        }
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            int n = Math.min(end - pos, frame.length - frameFill);
            System.arraycopy(bytes, pos, frame, frameFill, n);
            frameFill += n;
            pos += n;
            if (frameFill == frame.length) {
                frameFill = 0;
                decodeFrame();
            }
        }
    }

    private void decodeFrame() {
        if (text.size() >= MAX_TEXT_BYTES) {
            return;
        }
        SymbolDetector.Symbol symbol = detector.detect(frame);
        if (symbol != null) {
            text.write(symbol.value());
            dominanceSum += symbol.dominance();
        }
    }
}
