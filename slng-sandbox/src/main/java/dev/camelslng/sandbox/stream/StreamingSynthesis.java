package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.SpeechEngine;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Consumer;

/**
 * Synthesizes a TTS session's text on a worker and hands each piece the engine produces, resampled to the session's
 * rate, back to the calling event loop as it comes, then the end (a failure or null).
 */
final class StreamingSynthesis {

    private final Vertx vertx;
    private final SpeechEngine engine;
    private final String voice;
    private final int sampleRate;

    StreamingSynthesis(Vertx vertx, SpeechEngine engine, String voice, int sampleRate) {
        this.vertx = vertx;
        this.engine = engine;
        this.voice = voice;
        this.sampleRate = sampleRate;
    }

    void start(String text, Consumer<byte[]> onPiece, Consumer<Throwable> onEnd) {
        Context context = vertx.getOrCreateContext();
        // Pieces and the end reach the event loop in order through its task queue. The end is queued once more because a
        // listener added to a future that is already complete runs at once, ahead of pieces still in the queue.
        vertx.executeBlocking(() -> {
            engine.synthesizeStreaming(text, voice, (pcm, rate) -> {
                byte[] piece = Resampler.resample(pcm, rate, sampleRate);
                context.runOnContext(v -> onPiece.accept(piece));
            });
            return null;
        }, false).onComplete(result -> context.runOnContext(v -> onEnd.accept(result.cause())));
    }
}
