package dev.camelslng.sandbox.stream;

import io.netty.channel.Channel;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * The two things Vert.x offers no public API for, done on the Netty channel underneath: closing a WebSocket's TCP
 * connection without a close frame ({@link HttpConnection#close()} sends one), and not reading at all, so that pings are
 * not answered either (a paused WebSocket still answers them).
 */
final class RawConnection {

    private final HttpConnection connection;

    RawConnection(HttpConnection connection) {
        this.connection = connection;
    }

    /**
     * Closes the TCP connection abruptly: no close frame. The close starts at the first handler of the pipeline, so it
     * bypasses the Vert.x handler at its end, which would turn it into a WebSocket close handshake. Frames already written
     * are flushed first (Vert.x batches flushes until its read loop ends): what the server sent before the drop arrives,
     * so the server's records say exactly what the client could see.
     */
    void drop() {
        Channel channel = channel();
        if (channel != null && channel.pipeline().firstContext() != null) {
            channel.pipeline().firstContext().flush();
            channel.pipeline().firstContext().close();
        } else {
            connection.close();
        }
    }

    /** Stops reading from the socket; what the peer sends stays unread in the kernel buffers. */
    void stopReading() {
        Channel channel = channel();
        if (channel != null) {
            channel.config().setAutoRead(false);
        }
    }

    private Channel channel() {
        return connection instanceof ConnectionBase base ? base.channel() : null;
    }
}
