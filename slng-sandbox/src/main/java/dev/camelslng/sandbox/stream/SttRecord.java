package dev.camelslng.sandbox.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The STT bridge's part of a {@link StreamSessionRecord}: the audio it got, the finals it made of it and how often it
 * held the client back. Thread-safe: written on the event loop, read by tests.
 */
final class SttRecord {

    private final List<String> finals = new ArrayList<>();
    private long audioBytesReceived;
    private long finalBytes;
    private int readPauses;
    private long firstAudioNanos;
    private long lastAudioNanos;

    synchronized long audioBytesReceived() {
        return audioBytesReceived;
    }

    synchronized List<String> finals() {
        return List.copyOf(finals);
    }

    synchronized long finalBytes() {
        return finalBytes;
    }

    synchronized int readPauses() {
        return readPauses;
    }

    synchronized Duration audioSpan() {
        return Duration.ofNanos(lastAudioNanos - firstAudioNanos);
    }

    synchronized void audioReceived(long totalBytes) {
        lastAudioNanos = System.nanoTime();
        if (audioBytesReceived == 0) {
            firstAudioNanos = lastAudioNanos;
        }
        audioBytesReceived = totalBytes;
    }

    synchronized void finalTranscript(String transcript, long bytes) {
        finals.add(transcript);
        finalBytes += bytes;
    }

    synchronized void readPaused() {
        readPauses++;
    }
}
