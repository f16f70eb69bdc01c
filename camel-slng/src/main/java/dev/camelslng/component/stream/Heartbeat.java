package dev.camelslng.component.stream;

import java.util.concurrent.TimeUnit;

import dev.camelslng.component.protocol.stream.ClientMessages;

/**
 * A connection's keepalive: after {@code keepAliveInterval} without sending, a {@code keepalive} message and a WebSocket
 * ping; a ping left unanswered for {@code pongTimeout}, with nothing else received meanwhile, marks the connection dead
 * (a black-holed link gives no other sign). Used under the session's lock.
 */
final class Heartbeat {

    private final long keepAliveNanos;
    private final long pongTimeoutNanos;
    private long pingSentNanos;

    Heartbeat(long keepAliveMillis, long pongTimeoutMillis) {
        this.keepAliveNanos = TimeUnit.MILLISECONDS.toNanos(keepAliveMillis);
        this.pongTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(pongTimeoutMillis);
    }

    /**
     * Checks {@code link} at {@code now}, sending a keepalive and a ping when it has been quiet.
     *
     * @return false when the connection is dead: a ping went unanswered for too long
     */
    boolean check(SessionLink link, long now) {
        if (pingSentNanos != 0 && link.lastReceivedNanos() < pingSentNanos && now - pingSentNanos >= pongTimeoutNanos) {
            pingSentNanos = 0;
            return false;
        }
        if (now - link.lastSentNanos() >= keepAliveNanos) {
            link.sendText(ClientMessages.KEEPALIVE);
            link.ping();
            if (pingSentNanos == 0 || link.lastReceivedNanos() >= pingSentNanos) {
                pingSentNanos = now;
            }
        }
        return true;
    }
}
