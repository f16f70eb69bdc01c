package dev.camelslng.sandbox.stream;

import io.vertx.core.buffer.Buffer;

import java.util.Base64;

/**
 * The TTS bridge's messages about its utterances, numbered per session: segment ids and audio chunk sequences. Audio goes
 * out as JSON {@code audio_chunk} or, if the session says so, as binary frames. Event loop only.
 */
final class TtsOutput {

    private final StreamSocket socket;
    private final TtsRecord record;
    private final int sampleRate;
    private final boolean binary;
    private long sequence;
    private int segments;

    TtsOutput(StreamSocket socket, TtsRecord record, int sampleRate, boolean binary) {
        this.socket = socket;
        this.record = record;
        this.sampleRate = sampleRate;
        this.binary = binary;
    }

    void segmentStart() {
        socket.send(Messages.of("segment_start").put("segment_id", String.format("seg_%03d", ++segments)));
    }

    /** Records before sending, here and below, so that a client seeing a message also sees it recorded. */
    void chunk(Buffer chunk) {
        record.audioSent(chunk.length());
        if (binary) {
            socket.sendBinary(chunk);
        } else {
            socket.send(Messages.of("audio_chunk").put("data", Base64.getEncoder().encodeToString(chunk.getBytes()))
                    .put("sequence", sequence++));
        }
    }

    /** Ends the open segment and its utterance, whose audio was {@code pcmBytes} long. */
    void utteranceEnd(long pcmBytes) {
        socket.send(Messages.of("segment_end").put("segment_id", String.format("seg_%03d", segments)));
        socket.send(Messages.of("flushed"));
        record.utteranceCompleted();
        socket.send(Messages.of("audio_end").put("duration", Messages.seconds(pcmBytes, sampleRate)));
    }

    /** What a blank utterance earns. */
    void flushed() {
        socket.send(Messages.of("flushed"));
    }

    void synthesisFailed() {
        socket.send(Messages.error("provider_error", "Speech synthesis failed"));
    }
}
