package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamBridges;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket upgrade of a bridge: draws the connection's fault, records the upgrade request, then answers a fault's
 * status, a missing key or a model problem as a normal HTTP response (the same checks and bodies as the HTTP bridge), or
 * upgrades and hands the socket to {@link StreamBridges}. A plain GET without upgrade falls through to the 404 route.
 */
final class StreamUpgradeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StreamUpgradeHandler.class);
    private static final RequestBody NO_BODY = new RequestBody(false, MultiMap.caseInsensitiveMultiMap(), null, null, false, false);

    private final Vertx vertx;
    private final SandboxServices services;
    private final ApiKeyAuth auth;
    private final StreamBridges bridges;

    StreamUpgradeHandler(Vertx vertx, SandboxServices services) {
        this.vertx = vertx;
        this.services = services;
        this.auth = new ApiKeyAuth(services.apiKey());
        this.bridges = new StreamBridges(vertx, services.engine(), services.decoders(), services.streamSettings(), services.streams());
    }

    /** The handler of one bridge's upgrade path. */
    Handler<RoutingContext> bridge(SandboxRoute route, String pathPrefix, ModelUse use) {
        return context -> {
            HttpServerRequest request = context.request();
            if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
                context.next();
                return;
            }
            Fault fault = services.faults().next(route).orElse(null);
            boolean authenticated = auth.accepts(request);
            RecordedRequest recorded = RecordedRequest.of(route, request, NO_BODY, authenticated);
            services.requests().add(recorded);
            Runnable proceed = () -> proceed(context, route, pathPrefix, use, fault, authenticated, recorded);
            if (fault != null && fault.delayMillis() > 0) {
                // a request that has ended can no longer be upgraded: keep it open while waiting
                request.pause();
                vertx.setTimer(fault.delayMillis(), id -> proceed.run());
            } else {
                proceed.run();
            }
        };
    }

    private void proceed(RoutingContext context, SandboxRoute route, String pathPrefix, ModelUse use, Fault fault, boolean authenticated,
                         RecordedRequest recorded) {
        HttpServerRequest request = context.request();
        SandboxExchange exchange = new SandboxExchange(context, NO_BODY, fault);
        if (fault != null && fault.closesConnection()) {
            request.connection().close();
            return;
        }
        if (fault != null && fault.status() > 0) {
            fault.headers().forEach((name, value) -> request.response().putHeader(name, value));
            exchange.send(fault.status(), "application/json", Buffer.buffer(fault.body()));
            return;
        }
        if (!authenticated) {
            exchange.error(401, "Unauthorized");
            return;
        }
        String model = BridgeChecks.modelId(exchange, pathPrefix, use, services.models());
        if (model == null) {
            return;
        }
        HttpConnection connection = request.connection();
        request.toWebSocket()
                .onSuccess(socket -> bridges.open(route, socket, connection, model, recorded.headers(), fault))
                .onFailure(e -> LOG.debug("WebSocket upgrade on {} failed", request.path(), e));
    }
}
