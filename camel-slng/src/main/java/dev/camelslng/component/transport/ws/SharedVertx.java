package dev.camelslng.component.transport.ws;

import io.vertx.core.Vertx;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Vert.x instance of an slng component: the one given to it, else the vertx-websocket component's, else the
 * only one in the registry, else one it creates on first use and closes when it stops. Never one per endpoint.
 * <p>
 * The vertx-websocket component is found by name and asked for its {@code vertx} option through its generated
 * configurer, so this works with or without camel-vertx-websocket on the classpath (it is not a dependency).
 */
public final class SharedVertx {

    private static final Logger LOG = LoggerFactory.getLogger(SharedVertx.class);

    private static final String WEBSOCKET_COMPONENT = "vertx-websocket";

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
        Vertx websocketVertx = websocketComponentVertx();
        if (websocketVertx != null) {
            return websocketVertx;
        }
        var found = context.getRegistry().findByType(Vertx.class);
        if (found.size() == 1) {
            return found.iterator().next();
        }
        owned = Vertx.vertx();
        LOG.debug("Created the Vert.x instance of the slng component");
        return owned;
    }

    /** The vertx-websocket component's instance, when that component exists in the context and has one. */
    private Vertx websocketComponentVertx() {
        Component websocket = context.hasComponent(WEBSOCKET_COMPONENT);
        if (websocket != null
                && websocket.getComponentPropertyConfigurer() instanceof PropertyConfigurerGetter options
                && options.getOptionValue(websocket, "vertx", false) instanceof Vertx vertx) {
            return vertx;
        }
        return null;
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
