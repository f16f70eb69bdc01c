package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Wav;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;

/**
 * Plays a TTS session's utterances strictly in order: {@code segment_start}, the audio chunks, {@code segment_end},
 * {@code flushed}, {@code audio_end}. A {@link #clear()} drops what is queued and the rest of the current utterance.
 * Runs on the connection's event loop; only the synthesis itself runs on a worker.
 */
final class TtsPlayer {

    /** How a session's audio goes out. */
    record Format(int sampleRate, String voice, int chunkBytes, boolean binary, long chunkDelayMillis, boolean closeAfterEach) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TtsPlayer.class);
    private static final int WAV_RATE_OFFSET = 24;

    private final Vertx vertx;
    private final SpeechEngine engine;
    private final StreamSocket socket;
    private final StreamSessionRecord record;
    private final Format format;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean busy;
    private int generation;
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
        if (!busy) {
            next();
        }
    }

    /** Drops the queued utterances and the unsent audio of the current one. */
    void clear() {
        generation++;
        queue.clear();
        busy = false;
        vertx.cancelTimer(timer);
    }

    private void next() {
        busy = false;
        while (!queue.isEmpty() && queue.peek().isBlank() && socket.isLive()) {
            queue.poll();
            socket.send(Messages.of("flushed"));
        }
        String text = queue.poll();
        if (text == null || !socket.isLive()) {
            return;
        }
        busy = true;
        int current = generation;
        vertx.executeBlocking(() -> pcm(text), false).onComplete(result -> {
            if (current != generation) {
                return;
            }
            if (result.succeeded()) {
                socket.send(Messages.of("segment_start").put("segment_id", String.format("seg_%03d", ++segments)));
                play(result.result(), 0, current);
            } else {
                LOG.warn("Speech synthesis failed", result.cause());
                socket.send(Messages.error("provider_error", "Speech synthesis failed"));
                next();
            }
        });
    }

    private void play(byte[] pcm, int offset, int current) {
        int position = offset;
        while (position < pcm.length && current == generation && socket.isLive()) {
            int length = Math.min(format.chunkBytes(), pcm.length - position);
            sendChunk(Buffer.buffer(pcm).slice(position, position + length));
            position += length;
            if (format.chunkDelayMillis() > 0 && position < pcm.length) {
                int resumeAt = position;
                timer = vertx.setTimer(format.chunkDelayMillis(), id -> play(pcm, resumeAt, current));
                return;
            }
        }
        if (current == generation && socket.isLive()) {
            finish(pcm.length);
        }
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

    private void finish(int pcmBytes) {
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

    private byte[] pcm(String text) {
        byte[] audio = engine.synthesize(text, format.voice());
        return Resampler.resample(Wav.pcmData(audio), rateOf(audio), format.sampleRate());
    }

    private static int rateOf(byte[] audio) {
        boolean riff = audio.length >= Wav.HEADER_BYTES && audio[0] == 'R' && audio[1] == 'I' && audio[2] == 'F' && audio[3] == 'F';
        if (!riff) {
            return BridgeSession.DEFAULT_SAMPLE_RATE;
        }
        int at = WAV_RATE_OFFSET;
        return (audio[at] & 0xFF) | (audio[at + 1] & 0xFF) << 8 | (audio[at + 2] & 0xFF) << 16 | (audio[at + 3] & 0xFF) << 24;
    }
}
