package dev.camelslng.component.stream.session;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;

/**
 * One WebSocket connection of a session. Writes are handed to Vert.x, which sends them in order from its event loop;
 * a write on a connection that has just dropped is lost, which is why sessions keep what they must send again. Flow
 * control: past Vert.x's write queue limit (a slow or stalled link) a write is still taken, but what waits for it to be
 * sent ({@link #whenWritable}) waits until the queue drains, so producers slow down to what the link carries.
 */
public final class SessionLink {

    private final WebSocket socket;
    private final Object lock;
    private volatile long lastSentNanos = System.nanoTime();
    private volatile long lastReceivedNanos = System.nanoTime();
    private boolean paused;
    private List<Runnable> waitingForDrain;

    /** @param lock the session's lock, under which the link is used */
    SessionLink(WebSocket socket, Object lock) {
        this.socket = socket;
        this.lock = lock;
    }

    public void sendText(String frame) {
        lastSentNanos = System.nanoTime();
        socket.writeTextMessage(frame);
    }

    /**
     * Writes audio without copying it: the session's chunks never change once made (see {@link ReplayBuffer}), so the
     * frame wraps them. Vert.x 4.5 only has the deprecated {@code Buffer.buffer(ByteBuf)} for that (Vert.x 5 moves it
     * to {@code BufferInternal}); a copy here cost a second array per message.
     */
    @SuppressWarnings("deprecation")
    public void sendBinary(byte[] audio, int offset, int length) {
        lastSentNanos = System.nanoTime();
        socket.writeBinaryMessage(Buffer.buffer(Unpooled.wrappedBuffer(audio, offset, length)));
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

    /**
     * Whether the write queue is over its limit: what is written now waits in memory for the link. Never on a link that
     * has ended (Vert.x refuses to answer then): nothing waits for a dead link, the session sends again what it needs.
     */
    boolean writeQueueFull() {
        try {
            return socket.writeQueueFull();
        } catch (IllegalStateException closed) {
            return false;
        }
    }

    /**
     * Runs {@code task} once the write queue has drained below its limit, or the connection ended (what was written is
     * kept by the session to be sent again); at once when it is not full. Under the session's lock.
     */
    void whenWritable(Runnable task) {
        if (!writeQueueFull()) {
            task.run();
            return;
        }
        if (waitingForDrain == null) {
            try {
                socket.drainHandler(drained -> {
                    synchronized (lock) {
                        releaseWaiting();
                    }
                });
            } catch (IllegalStateException closed) {
                task.run();
                return;
            }
            waitingForDrain = new ArrayList<>();
        }
        waitingForDrain.add(task);
    }

    /** Runs what waited for the write queue to drain: it drained, or the connection ended. */
    void releaseWaiting() {
        List<Runnable> waiting = waitingForDrain;
        waitingForDrain = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
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
