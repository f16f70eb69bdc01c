package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.engine.Transcript;
import dev.camelslng.sandbox.fault.StreamEffects;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.util.Base64;

/**
 * The STT bridge protocol (§7): audio as binary frames or JSON {@code audio}, finals when speech is followed by
 * silence, {@code finalize} for a final now, {@code close} for the last final and a 1000 close.
 */
final class SttSession extends BridgeSession implements SttSegmenter.Events {

    private final SttDecoding decoding;
    private final StreamSettings settings;
    private SttSegmenter segmenter;
    private int sampleRate;
    private String language;

    SttSession(Vertx vertx, StreamSocket socket, StreamSessionRecord record, StreamEffects effects, Runnable onEnd, SttDecoding decoding,
               StreamSettings settings) {
        super(vertx, socket, record, effects, onEnd);
        this.decoding = decoding;
        this.settings = settings;
    }

    @Override
    protected void configure(JsonNode init, JsonNode config, int rate) {
        this.sampleRate = rate;
        String requested = config.path("language").asText("");
        this.language = requested.isBlank() ? "en" : requested;
        boolean partials = config.path("enable_partials").asBoolean(false) || config.path("enable_partial_transcripts").asBoolean(false);
        this.segmenter = new SttSegmenter(decoding, rate, partials, this);
    }

    @Override
    protected void onMessage(String type, JsonNode message) {
        switch (type) {
            case "audio" -> {
                try {
                    onAudio(Base64.getDecoder().decode(message.path("data").asText("")));
                } catch (IllegalArgumentException e) {
                    socket.send(Messages.error("invalid_request", "audio data is not valid base64"));
                }
            }
            case "finalize" -> {
                if (!answersWithError()) {
                    segmenter.finalizeSegment();
                }
            }
            case "close", "stop" -> {
                // the last finals first, also those of a finalize still being decoded on a worker
                Future<Void> lastFinals = segmenter.hasOpenSegment() ? segmenter.finalizeSegment() : segmenter.allReported();
                lastFinals.onComplete(reported -> socket.close(NORMAL_CLOSURE));
            }
            default -> unknown(type);
        }
    }

    @Override
    protected void onAudio(byte[] audio) {
        segmenter.feed(audio);
        record.stt.audioReceived(segmenter.received());
    }

    @Override
    public void partial(String transcript, double confidence) {
        socket.send(Messages.of("partial_transcript").put("transcript", transcript).put("confidence", confidence));
    }

    /** Backpressure: a paused socket stops reading, so a slow decoder holds back the client instead of filling memory. */
    @Override
    public void decoderBehind(boolean behind) {
        if (behind) {
            record.stt.readPaused();
            socket.pause();
        } else {
            socket.resume();
        }
    }

    @Override
    public void segment(SttSegment segment, boolean bySilence) {
        record.stt.finalTranscript(segment.transcript(), segment.bytes());
        ObjectNode message = Messages.of("final_transcript").put("transcript", segment.transcript())
                .put("confidence", segment.confidence()).put("language", language)
                .put("duration", duration(segment));
        words(segment, message.putArray("words"));
        socket.send(message);
        if (bySilence && settings.utteranceEnd()) {
            socket.send(Messages.of("utterance_end").put("last_word_end", Messages.seconds(segment.speechEnd(), sampleRate)));
        }
    }

    /**
     * Exactly the seconds of audio the final covers, unless the fault makes it report as some providers do: its speech
     * only, or rounded to a step (to the microsecond, so that 3 x 0.1 reads 0.3).
     */
    private double duration(SttSegment segment) {
        double seconds = (effects.isSpeechOnlyDurations() ? segment.speechBytes() : segment.bytes()) / (sampleRate * 2.0);
        double step = effects.durationStepSeconds();
        return step > 0 ? Math.round(Math.round(seconds / step) * step * 1e6) / 1e6 : seconds;
    }

    /**
     * The decoder's word times when it gives them, offset by the segment's start (unless the fault times them from the
     * segment's start); else spread over its speech.
     */
    private void words(SttSegment segment, ArrayNode words) {
        if (segment.words().isEmpty()) {
            spreadWords(segment, words);
            return;
        }
        long segmentStartMillis = effects.isWordTimesPerFinal() ? 0 : Math.round(segment.start() * 1000.0 / (sampleRate * 2L));
        for (Transcript.Word word : segment.words()) {
            words.addObject().put("word", word.word()).put("start", (segmentStartMillis + word.startMillis()) / 1000.0)
                    .put("end", (segmentStartMillis + word.endMillis()) / 1000.0);
        }
    }

    /** Spreads the words over the segment's speech in proportion to their position in the text, on the same clock. */
    private void spreadWords(SttSegment segment, ArrayNode words) {
        String text = segment.transcript();
        if (text.isEmpty() || segment.speechStart() < 0) {
            return;
        }
        double start = segment.speechStart() - (effects.isWordTimesPerFinal() ? segment.start() : 0);
        double perChar = (double) (segment.speechEnd() - segment.speechStart()) / text.length();
        int from = 0;
        for (String word : text.split(" ", -1)) {
            if (!word.isEmpty()) {
                words.addObject().put("word", word)
                        .put("start", Messages.seconds(Math.round(start + from * perChar), sampleRate))
                        .put("end", Messages.seconds(Math.round(start + (from + word.length()) * perChar), sampleRate));
            }
            from += word.length() + 1;
        }
    }
}
