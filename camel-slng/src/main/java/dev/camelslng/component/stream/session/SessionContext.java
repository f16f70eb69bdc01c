package dev.camelslng.component.stream.session;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.camelslng.component.transport.ws.WebSocketConnector;
import io.vertx.core.Vertx;

/**
 * What every session of one endpoint shares: the Vert.x instance and WebSocket client, the options, the pool that runs
 * route work, and where events and ends are reported.
 *
 * @param vertx     the component's Vert.x instance, for timers
 * @param connector the endpoint's WebSocket client
 * @param options   the endpoint's session options
 * @param workers   runs route work: events for consumers, completions of producer exchanges
 * @param listener  the consumer of the endpoint's events, or null when no consumer runs
 * @param ended     told when a session has ended, to forget it
 * @param reachability told whether connection attempts get ready
 */
public record SessionContext(Vertx vertx, WebSocketConnector connector, SessionOptions options, Executor workers,
                      Supplier<StreamListener> listener, Consumer<StreamSession> ended, Reachability reachability) {

    ReconnectBackoff backoff() {
        return options.backoff();
    }

    long readyTimeout() {
        return options.readyTimeout();
    }

    long closeTimeout() {
        return options.closeTimeout();
    }

    long keepAliveInterval() {
        return options.keepAliveInterval();
    }

    long pongTimeout() {
        return options.pongTimeout();
    }

    long idleTimeout() {
        return options.idleTimeout();
    }

    int sendQueueSize() {
        return options.sendQueueSize();
    }

    /** How often the sessions' heartbeat and idle time are checked: often enough for the shortest of the two. */
    long sweepMillis() {
        return Math.max(20, Math.min(1000, Math.min(options.keepAliveInterval(), options.pongTimeout()) / 4));
    }
}
