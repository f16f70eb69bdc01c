package dev.camelslng.component.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;

/**
 * One WebSocket connection of a session. Writes are handed to Vert.x, which sends them in order from its event loop;
 * a write on a connection that has just dropped is lost, which is why sessions keep what they must send again.
 */
final class SessionLink {

    private final WebSocket socket;
    private volatile long lastSentNanos = System.nanoTime();
    private volatile long lastReceivedNanos = System.nanoTime();
    private boolean paused;

    SessionLink(WebSocket socket) {
        this.socket = socket;
    }

    void sendText(String frame) {
        lastSentNanos = System.nanoTime();
        socket.writeTextMessage(frame);
    }

    void sendBinary(byte[] audio, int offset, int length) {
        lastSentNanos = System.nanoTime();
        socket.writeBinaryMessage(Buffer.buffer(length).appendBytes(audio, offset, length));
    }

    void ping() {
        socket.writePing(Buffer.buffer(0));
    }

    void received() {
        lastReceivedNanos = System.nanoTime();
    }

    long lastSentNanos() {
        return lastSentNanos;
    }

    long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    /** Stops or starts reading: while paused the server's messages (and pongs) wait in the socket. */
    void pause(boolean pause) {
        if (pause != paused) {
            paused = pause;
            if (pause) {
                socket.pause();
            } else {
                socket.resume();
            }
        }
    }

    boolean paused() {
        return paused;
    }

    /** Starts the closing handshake; Vert.x cuts the TCP connection if the server does not answer in time. */
    void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
    }
}
