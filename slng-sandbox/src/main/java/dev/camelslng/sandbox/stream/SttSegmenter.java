package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.PcmExtractor;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;

/**
 * Cuts an STT audio stream into segments, deterministically: the PCM is read as 640-byte (20 ms at 16 kHz) symbols on a
 * grid from the first audio byte; a segment whose decoded text is followed by 3 silent symbols ends with the third.
 * A symbol counts as speech when a fresh transcriber finds text in it alone. Not thread-safe.
 */
final class SttSegmenter {

    static final int SYMBOL_BYTES = 640;
    static final int SILENT_SYMBOLS_TO_END = 3;
    private static final int PARTIAL_GROWTH = 5;

    /** What the segmenter reports. */
    interface Events {
        void partial(String transcript, double confidence);

        void segment(SttSegment segment, boolean bySilence);
    }

    private final SpeechEngine engine;
    private final boolean partials;
    private final Events events;
    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final byte[] symbol = new byte[SYMBOL_BYTES];
    private int symbolFill;
    private long received;
    private long segmentStart;
    private Transcriber transcriber;
    private long speechStart = -1;
    private long speechEnd = -1;
    private int silentAfterSpeech;
    private int lastPartialLength;

    SttSegmenter(SpeechEngine engine, boolean partials, Events events) {
        this.engine = engine;
        this.partials = partials;
        this.events = events;
        this.transcriber = engine.newTranscriber();
    }

    /** Feeds the next audio bytes; a leading WAV header is skipped. */
    void feed(byte[] audio) {
        extractor.feed(audio, 0, audio.length);
    }

    /** @return the PCM bytes received so far */
    long received() {
        return received;
    }

    /** @return whether PCM arrived since the last segment ended */
    boolean hasOpenSegment() {
        return received > segmentStart;
    }

    /** Ends the current segment at the last byte received, speech or not, and starts the next one there. */
    void finalizeSegment() {
        endSegment(received, false);
    }

    private void onPcm(byte[] bytes, int offset, int length) {
        int position = offset;
        int end = offset + length;
        while (position < end) {
            int n = Math.min(end - position, SYMBOL_BYTES - symbolFill);
            System.arraycopy(bytes, position, symbol, symbolFill, n);
            symbolFill += n;
            position += n;
            received += n;
            if (symbolFill == SYMBOL_BYTES) {
                symbolFill = 0;
                onSymbol(received - SYMBOL_BYTES);
            }
        }
    }

    private void onSymbol(long symbolStart) {
        transcriber.feed(symbol);
        if (isSpeech()) {
            speechStart = speechStart < 0 ? Math.max(symbolStart, segmentStart) : speechStart;
            speechEnd = symbolStart + SYMBOL_BYTES;
            silentAfterSpeech = 0;
            reportPartial();
        } else if (speechEnd >= 0 && ++silentAfterSpeech == SILENT_SYMBOLS_TO_END) {
            endSegment(symbolStart + SYMBOL_BYTES, true);
        }
    }

    private boolean isSpeech() {
        Transcriber probe = engine.newTranscriber();
        probe.feed(symbol);
        return !probe.result().text().isEmpty();
    }

    private void reportPartial() {
        if (partials) {
            Transcript sofar = transcriber.result();
            if (sofar.text().length() >= lastPartialLength + PARTIAL_GROWTH) {
                lastPartialLength = sofar.text().length();
                events.partial(sofar.text(), sofar.confidence());
            }
        }
    }

    private void endSegment(long end, boolean bySilence) {
        Transcript result = transcriber.result();
        SttSegment segment = new SttSegment(result.text(), result.confidence(), segmentStart, end, speechStart, speechEnd);
        segmentStart = end;
        transcriber = engine.newTranscriber();
        speechStart = -1;
        speechEnd = -1;
        silentAfterSpeech = 0;
        lastPartialLength = 0;
        events.segment(segment, bySilence);
    }
}
