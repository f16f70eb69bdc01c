package dev.camelslng.sandbox.stream;

import io.vertx.core.buffer.Buffer;

/**
 * The audio of one TTS utterance, collected piece by piece as synthesis produces it and cut into chunks of a fixed size.
 * Where the pieces end does not matter: every chunk is full except the utterance's last. Event loop only.
 */
final class UtteranceAudio {

    private final int chunkBytes;
    private Buffer pending = Buffer.buffer();
    private int taken;
    private long totalBytes;
    private boolean complete;

    UtteranceAudio(int chunkBytes) {
        this.chunkBytes = chunkBytes;
    }

    /** Adds the next piece of PCM, already at the session's rate. */
    void append(byte[] pcm) {
        if (taken > 0) {
            pending = pending.getBuffer(taken, pending.length());
            taken = 0;
        }
        pending.appendBytes(pcm);
        totalBytes += pcm.length;
    }

    /** Synthesis handed over its last piece. */
    void complete() {
        complete = true;
    }

    /** @return the next chunk, or null until a full one is there (or, once complete, until the rest is there) */
    Buffer nextChunk() {
        int available = pending.length() - taken;
        if (available == 0 || available < chunkBytes && !complete) {
            return null;
        }
        int length = Math.min(chunkBytes, available);
        Buffer chunk = pending.getBuffer(taken, taken + length);
        taken += length;
        return chunk;
    }

    /** @return whether synthesis is complete and every chunk was taken */
    boolean isFinished() {
        return complete && taken == pending.length();
    }

    /** @return the PCM bytes appended so far */
    long totalBytes() {
        return totalBytes;
    }
}
