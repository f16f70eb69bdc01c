package dev.camelslng.component.transport.ws;

import io.vertx.core.Vertx;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.component.vertx.websocket.VertxWebsocketComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Vert.x instance of an slng component: the one given to it, else the vertx-websocket component's, else the
 * only one in the registry, else one it creates on first use and closes when it stops. Never one per endpoint.
 */
public final class SharedVertx {

    private static final Logger LOG = LoggerFactory.getLogger(SharedVertx.class);

    private final CamelContext context;
    private Vertx given;
    private Vertx owned;

    public SharedVertx(CamelContext context) {
        this.context = context;
    }

    /** The instance set on the component (the {@code vertx} option); null for the automatic choice. */
    public synchronized void given(Vertx vertx) {
        this.given = vertx;
    }

    public synchronized Vertx get() {
        if (given != null) {
            return given;
        }
        if (owned != null) {
            return owned;
        }
        Component websocket = context.hasComponent("vertx-websocket");
        if (websocket instanceof VertxWebsocketComponent vertxWebsocket && vertxWebsocket.getVertx() != null) {
            return vertxWebsocket.getVertx();
        }
        var found = context.getRegistry().findByType(Vertx.class);
        if (found.size() == 1) {
            return found.iterator().next();
        }
        owned = Vertx.vertx();
        LOG.debug("Created the Vert.x instance of the slng component");
        return owned;
    }

    /** Closes the instance if this component created it. */
    public synchronized void close() {
        if (owned != null) {
            owned.close();
            owned = null;
        }
    }

    /** Whether this component created a Vert.x instance that is still open. */
    public synchronized boolean ownsOne() {
        return owned != null;
    }
}
