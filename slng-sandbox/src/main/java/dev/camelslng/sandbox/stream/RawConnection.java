package dev.camelslng.sandbox.stream;

import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.socket.SocketChannel;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * The two things Vert.x offers no public API for, done on the Netty channel underneath: closing a WebSocket's TCP
 * connection without a close frame ({@link HttpConnection#close()} sends one), and not reading at all, so that pings are
 * not answered either (a paused WebSocket still answers them).
 */
final class RawConnection {

    /** How long a dropped connection waits for the client to close its side. */
    private static final long LINGER_SECONDS = 5;

    private final HttpConnection connection;

    RawConnection(HttpConnection connection) {
        this.connection = connection;
    }

    /**
     * Ends the TCP connection abruptly for the WebSocket (no close frame) yet without losing what was already written:
     * pending frames are flushed, then only the output is shut (a FIN after the data), and the socket closes when the
     * client closes its side or after {@link #LINGER_SECONDS}. A plain close while the client is still sending would
     * answer its unread data with a reset, which can destroy frames the client had not read yet; the sandbox's records
     * would then claim finals the client never saw. The operations start at the first handler of the pipeline, so they
     * bypass the Vert.x handler at its end, which would turn them into a WebSocket close handshake.
     */
    void drop() {
        Channel channel = channel();
        if (channel instanceof SocketChannel socket && channel.pipeline().firstContext() != null) {
            channel.pipeline().firstContext().flush();
            socket.shutdownOutput();
            channel.eventLoop().schedule(() -> channel.close(), LINGER_SECONDS, TimeUnit.SECONDS);
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
