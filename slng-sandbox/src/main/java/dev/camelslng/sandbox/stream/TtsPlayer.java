package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.SpeechEngine;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Plays a TTS session's utterances strictly in order: {@code segment_start}, the audio chunks, {@code segment_end},
 * {@code flushed}, {@code audio_end}. Audio goes out while the rest of the text is still being synthesized (see
 * {@link StreamingSynthesis}), paced by the chunk delay if there is one. A {@link #clear()} drops what is queued and the
 * rest of the current utterance, pieces still on their way included. Runs on the event loop.
 */
final class TtsPlayer {

    /** How a session's audio goes out. */
    record Format(int sampleRate, String voice, int chunkBytes, boolean binary, long chunkDelayMillis, boolean closeAfterEach) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TtsPlayer.class);

    private final Vertx vertx;
    private final StreamSocket socket;
    private final TtsRecord record;
    private final Format format;
    private final StreamingSynthesis synthesis;
    private final TtsOutput output;
    private final Deque<String> queue = new ArrayDeque<>();
    /** The utterance being synthesized or sent, null when idle: pieces and timers of any other one are stale. */
    private UtteranceAudio current;
    private boolean segmentOpen;
    private long timer = -1;

    TtsPlayer(Vertx vertx, SpeechEngine engine, StreamSocket socket, TtsRecord record, Format format) {
        this.vertx = vertx;
        this.socket = socket;
        this.record = record;
        this.format = format;
        this.synthesis = new StreamingSynthesis(vertx, engine, format.voice(), format.sampleRate());
        this.output = new TtsOutput(socket, record, format.sampleRate(), format.binary());
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
            output.flushed();
        }
        String text = queue.poll();
        if (text == null || !socket.isLive()) {
            return;
        }
        UtteranceAudio audio = new UtteranceAudio(format.chunkBytes());
        current = audio;
        segmentOpen = false;
        synthesis.start(text, piece -> arrived(audio, piece), failure -> synthesized(audio, failure));
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
            output.synthesisFailed();
            next();
        }
    }

    /** Sends the chunks that are ready, one per chunk delay if there is one, and ends the utterance after its last chunk. */
    private void sendReady(UtteranceAudio audio) {
        if (!segmentOpen) {
            segmentOpen = true;
            output.segmentStart();
        }
        while (timer == -1 && audio == current && socket.isLive()) {
            Buffer chunk = audio.nextChunk();
            if (chunk == null) {
                if (audio.isFinished()) {
                    finish(audio.totalBytes());
                }
                return;
            }
            output.chunk(chunk);
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

    private void finish(long pcmBytes) {
        output.utteranceEnd(pcmBytes);
        if (format.closeAfterEach()) {
            socket.close(BridgeSession.NORMAL_CLOSURE);
        } else {
            next();
        }
    }
}
