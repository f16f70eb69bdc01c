package dev.camelslng.sandbox.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Streaming decoder for {@link ToneSpeechEngine} audio: consecutive 20 ms frames aligned to the start of the PCM data,
 * one byte per tone frame, silence and noise skipped.
 */
final class ToneTranscriber implements Transcriber {

    private static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final AudioSniffer sniffer = new AudioSniffer();
    private final SymbolDetector detector = new SymbolDetector();
    private final byte[] frame = new byte[ToneCode.SYMBOL_BYTES];
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private int frameFill;
    private double dominanceSum;
    private long pcmBytes;

    @Override
    public void feed(byte[] chunk, int offset, int length) {
        sniffer.feed(chunk, offset, length);
        extractor.feed(chunk, offset, length);
    }

    @Override
    public Optional<String> undecodableReason(String declaredEncoding) {
        return sniffer.problem(declaredEncoding, pcmBytes);
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
        pcmBytes += length;
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
