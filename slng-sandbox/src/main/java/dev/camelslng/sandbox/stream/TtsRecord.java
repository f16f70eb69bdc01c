package dev.camelslng.sandbox.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * The TTS bridge's part of a {@link StreamSessionRecord}: the text it got, and the audio it made and sent.
 * Thread-safe: written on the event loop, read by tests.
 */
final class TtsRecord {

    private final List<String> texts = new ArrayList<>();
    private int flushes;
    private int clears;
    private int utterancesCompleted;
    private long audioBytesSent;
    private int audioPieces;
    private int audioPiecesAtFirstChunk;

    synchronized List<String> texts() {
        return List.copyOf(texts);
    }

    synchronized int flushes() {
        return flushes;
    }

    synchronized int clears() {
        return clears;
    }

    synchronized int utterancesCompleted() {
        return utterancesCompleted;
    }

    synchronized long audioBytesSent() {
        return audioBytesSent;
    }

    synchronized int audioPieces() {
        return audioPieces;
    }

    synchronized int audioPiecesAtFirstChunk() {
        return audioPiecesAtFirstChunk;
    }

    synchronized void text(String text) {
        texts.add(text);
    }

    synchronized void flush() {
        flushes++;
    }

    synchronized void clear() {
        clears++;
    }

    synchronized void utteranceCompleted() {
        utterancesCompleted++;
    }

    synchronized void audioPiece() {
        audioPieces++;
    }

    synchronized void audioSent(long bytes) {
        if (audioBytesSent == 0) {
            audioPiecesAtFirstChunk = audioPieces;
        }
        audioBytesSent += bytes;
    }
}
