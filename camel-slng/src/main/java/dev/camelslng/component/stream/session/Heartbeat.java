package dev.camelslng.component.stream.session;

import java.util.concurrent.TimeUnit;

import dev.camelslng.component.protocol.stream.ClientMessages;

/**
 * A connection's liveness, from what the server sends: after {@code keepAliveInterval} without a frame from the server,
 * a WebSocket ping; a ping left unanswered for {@code pongTimeout}, with nothing else received meanwhile, marks the
 * connection dead, however much the client is sending (a half-open connection takes writes without a sign). Separately,
 * a {@code keepalive} message after {@code keepAliveInterval} without sending, so the server does not idle the session
 * out while the caller is silent. Used under the session's lock.
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
     * Checks {@code link} at {@code now}: pings when the server has been quiet, sends a keepalive when the client has.
     *
     * @return false when the connection is dead: a ping went unanswered for too long
     */
    boolean check(SessionLink link, long now) {
        if (link.paused()) {
            // not reading: a pong could not be seen, so none is awaited
            pingSentNanos = 0;
            keepAliveIfQuiet(link, now);
            return true;
        }
        boolean answered = link.lastReceivedNanos() >= pingSentNanos;
        if (pingSentNanos != 0 && !answered && now - pingSentNanos >= pongTimeoutNanos) {
            pingSentNanos = 0;
            return false;
        }
        if (now - link.lastReceivedNanos() >= keepAliveNanos && (pingSentNanos == 0 || answered)) {
            link.ping();
            pingSentNanos = now;
        }
        keepAliveIfQuiet(link, now);
        return true;
    }

    private void keepAliveIfQuiet(SessionLink link, long now) {
        if (now - link.lastSentNanos() >= keepAliveNanos) {
            link.sendText(ClientMessages.KEEPALIVE);
        }
    }
}
