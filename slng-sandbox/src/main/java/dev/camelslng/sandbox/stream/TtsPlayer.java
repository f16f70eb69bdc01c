package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.SpeechEngine;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;

/**
 * Plays a TTS session's utterances strictly in order: {@code segment_start}, the audio chunks, {@code segment_end},
 * {@code flushed}, {@code audio_end}. Audio goes out while the rest of the text is still being synthesized: the engine
 * runs on a worker and hands each piece it produces back to the connection's event loop. A {@link #clear()} drops what
 * is queued and the rest of the current utterance, pieces still on their way included. Runs on the event loop.
 */
final class TtsPlayer {

    /** How a session's audio goes out. */
    record Format(int sampleRate, String voice, int chunkBytes, boolean binary, long chunkDelayMillis, boolean closeAfterEach) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TtsPlayer.class);

    private final Vertx vertx;
    private final SpeechEngine engine;
    private final StreamSocket socket;
    private final StreamSessionRecord record;
    private final Format format;
    private final Deque<String> queue = new ArrayDeque<>();
    /** The utterance being synthesized or sent, null when idle: pieces and timers of any other one are stale. */
    private UtteranceAudio current;
    private boolean segmentOpen;
    private long sequence;
    private int segments;
    private long timer = -1;

    TtsPlayer(Vertx vertx, SpeechEngine engine, StreamSocket socket, StreamSessionRecord record, Format format) {
        this.vertx = vertx;
        this.engine = engine;
        this.socket = socket;
        this.record = record;
        this.format = format;
    }

    /** Queues one utterance; blank text only earns a {@code flushed}. */
    void enqueue(String text) {
        queue.add(text);
        if (current == null) {
            next();
        }
    }

    /** Drops the queued utterances and the unsent audio of the current one. */
    void clear() {
        queue.clear();
        current = null;
        cancelTimer();
    }

    private void next() {
        current = null;
        while (!queue.isEmpty() && queue.peek().isBlank() && socket.isLive()) {
            queue.poll();
            socket.send(Messages.of("flushed"));
        }
        String text = queue.poll();
        if (text == null || !socket.isLive()) {
            return;
        }
        UtteranceAudio audio = new UtteranceAudio(format.chunkBytes());
        current = audio;
        segmentOpen = false;
        Context context = vertx.getOrCreateContext();
        // Pieces and the end reach the event loop in order through its task queue. The end is queued once more because a
        // listener added to a future that is already complete runs at once, ahead of pieces still in the queue.
        vertx.executeBlocking(() -> {
            engine.synthesizeStreaming(text, format.voice(), (pcm, rate) -> {
                byte[] piece = Resampler.resample(pcm, rate, format.sampleRate());
                context.runOnContext(v -> arrived(audio, piece));
            });
            return null;
        }, false).onComplete(result -> context.runOnContext(v -> synthesized(audio, result.cause())));
    }

    private void arrived(UtteranceAudio audio, byte[] piece) {
        if (audio == current) {
            record.audioPiece();
            audio.append(piece);
            sendReady(audio);
        }
    }

    private void synthesized(UtteranceAudio audio, Throwable failure) {
        if (audio != current) {
            return;
        }
        if (failure == null) {
            audio.complete();
            sendReady(audio);
        } else {
            LOG.warn("Speech synthesis failed", failure);
            cancelTimer();
            socket.send(Messages.error("provider_error", "Speech synthesis failed"));
            next();
        }
    }

    /** Sends the chunks that are ready, one per chunk delay if there is one, and ends the utterance after its last chunk. */
    private void sendReady(UtteranceAudio audio) {
        if (!segmentOpen) {
            segmentOpen = true;
            socket.send(Messages.of("segment_start").put("segment_id", String.format("seg_%03d", ++segments)));
        }
        while (timer == -1 && audio == current && socket.isLive()) {
            Buffer chunk = audio.nextChunk();
            if (chunk == null) {
                if (audio.isFinished()) {
                    finish(audio.totalBytes());
                }
                return;
            }
            sendChunk(chunk);
            if (format.chunkDelayMillis() > 0 && !audio.isFinished()) {
                timer = vertx.setTimer(format.chunkDelayMillis(), id -> {
                    timer = -1;
                    sendReady(audio);
                });
            }
        }
    }

    private void cancelTimer() {
        vertx.cancelTimer(timer);
        timer = -1;
    }

    /** Records before sending, here and below, so that a client seeing a message also sees it recorded. */
    private void sendChunk(Buffer chunk) {
        record.audioSent(chunk.length());
        if (format.binary()) {
            socket.sendBinary(chunk);
        } else {
            socket.send(Messages.of("audio_chunk").put("data", Base64.getEncoder().encodeToString(chunk.getBytes()))
                    .put("sequence", sequence++));
        }
    }

    private void finish(long pcmBytes) {
        socket.send(Messages.of("segment_end").put("segment_id", String.format("seg_%03d", segments)));
        socket.send(Messages.of("flushed"));
        record.utteranceCompleted();
        socket.send(Messages.of("audio_end").put("duration", Messages.seconds(pcmBytes, format.sampleRate())));
        if (format.closeAfterEach()) {
            socket.close(BridgeSession.NORMAL_CLOSURE);
        } else {
            next();
        }
    }
}
