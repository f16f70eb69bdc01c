package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.PcmExtractor;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;
import dev.camelslng.sandbox.engine.VoiceActivity;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;

/**
 * Cuts an STT audio stream into segments, deterministically: the PCM is read as 20 ms symbols (640 bytes at 16 kHz, 320
 * at 8 kHz; rounded down to whole samples at rates such as 11025) on a grid from the first audio byte; a segment whose
 * speech is followed by the engine's number of silent symbols (3 for the tone engine) ends with the last of them. The
 * engine's {@link VoiceActivity} for the stream's rate tells speech from silence. A {@link Transcriber#blocking() blocking}
 * transcriber decodes on a worker thread; segments are reported in order either way. {@link SttPartials} decides on
 * partials. Runs on the session's event loop; not thread-safe.
 */
final class SttSegmenter {

    private static final int SYMBOLS_PER_SECOND = 50;
    /** Segments ended but not reported yet (waiting for the decoder or being decoded) beyond which the decoder is behind. */
    static final int MAX_UNREPORTED = 2;
    /** Where the backlog counts as drained again; below the maximum, so that reading does not flap on every final. */
    static final int DRAINED_UNREPORTED = 1;

    /** What the segmenter reports. */
    interface Events {
        void partial(String transcript, double confidence);

        void segment(SttSegment segment, boolean bySilence);

        /**
         * The decoder fell behind (more than {@link SttSegmenter#MAX_UNREPORTED} segments wait for their finals), or
         * caught up again ({@link SttSegmenter#DRAINED_UNREPORTED} or fewer): the session should stop reading audio
         * until it catches up, or read on.
         */
        void decoderBehind(boolean behind);
    }

    private final WorkerExecutor workers;
    private final SpeechEngine engine;
    private final int sampleRate;
    private final VoiceActivity voiceActivity;
    private final SttPartials partials;
    private final Events events;
    private final PcmExtractor extractor = new PcmExtractor(this::onPcm);
    private final byte[] symbol;
    private int symbolFill;
    private long received;
    private long segmentStart;
    private Transcriber transcriber;
    private long speechStart = -1;
    private long speechEnd = -1;
    private int silentAfterSpeech;
    private int unreported;
    private boolean decoderBehind;
    private Future<Void> reported = Future.succeededFuture();

    SttSegmenter(SttDecoding decoding, int sampleRate, boolean partials, Events events) {
        this.workers = decoding.workers();
        this.engine = decoding.engine();
        this.sampleRate = sampleRate;
        // at least one sample: the bridge takes any positive rate, and an empty symbol would never fill
        this.symbol = new byte[Math.max(1, sampleRate / SYMBOLS_PER_SECOND) * 2];
        this.voiceActivity = engine.voiceActivity(sampleRate);
        this.partials = new SttPartials(workers, partials, sampleRate, events);
        this.events = events;
        this.transcriber = engine.newTranscriber(sampleRate);
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

    /**
     * Ends the current segment at the last byte received, speech or not, and starts the next one there.
     *
     * @return completes once this segment and all earlier ones were reported
     */
    Future<Void> finalizeSegment() {
        return endSegment(received, false);
    }

    private void onPcm(byte[] bytes, int offset, int length) {
        int position = offset;
        int end = offset + length;
        while (position < end) {
            int n = Math.min(end - position, symbol.length - symbolFill);
            System.arraycopy(bytes, position, symbol, symbolFill, n);
            symbolFill += n;
            position += n;
            received += n;
            if (symbolFill == symbol.length) {
                symbolFill = 0;
                onSymbol(received - symbol.length);
            }
        }
    }

    private void onSymbol(long symbolStart) {
        transcriber.feed(symbol);
        if (voiceActivity.isSpeech(symbol)) {
            speechStart = speechStart < 0 ? Math.max(symbolStart, segmentStart) : speechStart;
            speechEnd = symbolStart + symbol.length;
            silentAfterSpeech = 0;
            partials.onSpeech(transcriber, received - segmentStart, unreported == 0);
        } else if (speechEnd >= 0 && ++silentAfterSpeech == voiceActivity.silentFramesToEnd()) {
            endSegment(symbolStart + symbol.length, true);
        }
    }

    /** Completes once every segment ended so far was reported (a real engine decodes on a worker). */
    Future<Void> allReported() {
        return reported;
    }

    private Future<Void> endSegment(long end, boolean bySilence) {
        Transcriber finished = transcriber;
        long start = segmentStart;
        long firstSpeech = speechStart;
        long lastSpeech = speechEnd;
        segmentStart = end;
        transcriber = engine.newTranscriber(sampleRate);
        speechStart = -1;
        speechEnd = -1;
        silentAfterSpeech = 0;
        partials.segmentEnded();
        countUnreported(1);
        Future<Transcript> decoded = finished.blocking() ? workers.executeBlocking(finished::result, false)
                : Future.succeededFuture(finished.result());
        reported = reported.transform(previous -> decoded.otherwise(new Transcript("", 0.0)))
                .map(result -> {
                    events.segment(new SttSegment(result.text(), result.confidence(), result.words(), start, end, firstSpeech, lastSpeech),
                            bySilence);
                    countUnreported(-1);
                    return null;
                });
        return reported;
    }

    private void countUnreported(int change) {
        unreported += change;
        if (!decoderBehind && unreported > MAX_UNREPORTED || decoderBehind && unreported <= DRAINED_UNREPORTED) {
            decoderBehind = !decoderBehind;
            events.decoderBehind(decoderBehind);
        }
    }
}
