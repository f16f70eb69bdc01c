package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.fault.StreamEffects;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bridge connection on the wire: reassembles messages from frames (closing with 1009 above 16 MiB), counts the data
 * frames of both directions for the faults that act after so many of them, and closes cleanly, drops abruptly or goes
 * silent (black hole) on demand.
 */
final class StreamSocket {

    /** What a session hears from its socket. */
    interface Listener {
        void onText(String text);

        void onBinary(Buffer data);

        void onEnd();
    }

    private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);
    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final int MESSAGE_TOO_BIG = 1009;
    private static final int NORMAL_CLOSURE = 1000;

    private final ServerWebSocket socket;
    private final RawConnection connection;
    private final StreamSessionRecord record;
    private final int dropAfterFrames;
    private final int blackHoleAfterFrames;
    private final int closeAfterFrames;
    private Buffer partial;
    private boolean partialIsText;
    private int frames;
    private boolean finished;
    private boolean silent;

    StreamSocket(ServerWebSocket socket, RawConnection connection, StreamSessionRecord record, StreamEffects effects) {
        this.socket = socket;
        this.connection = connection;
        this.record = record;
        this.dropAfterFrames = effects.dropAfterFrames();
        this.blackHoleAfterFrames = effects.blackHoleAfterFrames();
        this.closeAfterFrames = effects.closeAfterFrames();
    }

    void start(Listener listener) {
        socket.frameHandler(frame -> onFrame(frame, listener));
        socket.exceptionHandler(e -> LOG.debug("Bridge session {} failed", record.sessionId(), e));
        socket.closeHandler(closed -> {
            finished = true;
            record.connection.ended(socket.closeStatusCode());
            listener.onEnd();
        });
    }

    /** Whether messages may still be sent: not closed, dropped or black-holed. */
    boolean isLive() {
        return !finished && !silent;
    }

    void send(ObjectNode message) {
        if (isLive()) {
            dropAfterWrite(countFrame(), socket.writeTextMessage(message.toString()));
        }
    }

    void sendBinary(Buffer data) {
        if (isLive()) {
            dropAfterWrite(countFrame(), socket.writeBinaryMessage(data));
        }
    }

    private void dropAfterWrite(boolean last, Future<Void> written) {
        if (last) {
            written.onComplete(done -> connection.drop());
        } else if (closeAfterFrames > 0 && frames >= closeAfterFrames) {
            close(NORMAL_CLOSURE);
        }
    }

    void close(int code) {
        if (isLive()) {
            finished = true;
            record.connection.closing(code);
            socket.close((short) code);
        }
    }

    void pause() {
        socket.pause();
    }

    void resume() {
        if (isLive()) {
            socket.resume();
        }
    }

    /** Stops reading (so no pongs either) and writing, and keeps the TCP connection open. */
    void goSilent() {
        silent = true;
        socket.pause();
        connection.stopReading();
    }

    private void onFrame(WebSocketFrame frame, Listener listener) {
        if (!isLive()) {
            return;
        }
        if (frame.type() == WebSocketFrameType.PING) {
            record.connection.ping();
            return;
        }
        if (frame.isText() || frame.isBinary()) {
            partial = frame.binaryData().copy();
            partialIsText = frame.isText();
        } else if (frame.isContinuation() && partial != null) {
            partial.appendBuffer(frame.binaryData());
        } else {
            return;
        }
        if (partial.length() > MAX_MESSAGE_BYTES) {
            close(MESSAGE_TOO_BIG);
            return;
        }
        boolean last = countFrame();
        if (frame.isFinal()) {
            Buffer message = partial;
            partial = null;
            if (partialIsText) {
                listener.onText(message.toString());
            } else {
                listener.onBinary(message);
            }
        }
        if (last) {
            connection.drop();
        } else if (closeAfterFrames > 0 && frames >= closeAfterFrames) {
            close(NORMAL_CLOSURE);
        }
    }

    /**
     * Counts a data frame before it is handled or sent, so that what it causes is counted after it.
     *
     * @return whether it is the last frame allowed: from now on nothing is sent, and the connection drops once this frame
     *         has been handled (or written)
     */
    private boolean countFrame() {
        frames++;
        if (blackHoleAfterFrames > 0 && frames >= blackHoleAfterFrames && isLive()) {
            goSilent();
        }
        if (dropAfterFrames > 0 && frames >= dropAfterFrames && isLive()) {
            finished = true;
            record.connection.dropping();
            return true;
        }
        return false;
    }
}
