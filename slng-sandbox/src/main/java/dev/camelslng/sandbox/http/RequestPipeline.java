package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common life of a sandbox request: draw a fault on arrival, read the whole body (so a client still uploading sees
 * the response rather than a broken pipe), record the request, then apply the fault or check the key and serve.
 */
final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
    private static final String MALFORMED_JSON = "{\"type\":\"transcription\",\"is_final\":tr";

    private final Vertx vertx;
    private final SandboxServices services;
    private final ApiKeyAuth auth;
    private final BodyReader bodyReader;

    RequestPipeline(Vertx vertx, SandboxServices services) {
        this.vertx = vertx;
        this.services = services;
        this.auth = new ApiKeyAuth(services.apiKey());
        this.bodyReader = new BodyReader(services.decoders(), services.engine());
    }

    /** A route that requires the API key. */
    Handler<RoutingContext> authenticated(SandboxRoute route, String audioPart, Handler<SandboxExchange> handler) {
        return context -> run(context, route, audioPart, true, handler);
    }

    /** A route open to anyone (presigned downloads, the model catalogue, 404s). */
    Handler<RoutingContext> open(SandboxRoute route, Handler<SandboxExchange> handler) {
        return context -> run(context, route, null, false, handler);
    }

    private void run(RoutingContext context, SandboxRoute route, String audioPart, boolean requiresKey, Handler<SandboxExchange> handler) {
        HttpServerRequest request = context.request();
        services.requests().arrived();
        context.addEndHandler(ended -> services.requests().answered());
        Fault fault = services.faults().next(route).orElse(null);
        boolean authenticated = auth.accepts(request);
        bodyReader.read(request, audioPart, body -> {
            services.requests().add(RecordedRequest.of(route, request, body, authenticated));
            SandboxExchange exchange = new SandboxExchange(context, body, fault);
            Runnable serve = () -> serve(exchange, requiresKey && !authenticated, handler);
            if (fault == null) {
                serve.run();
            } else {
                LOG.debug("Applying {} to {} {}", fault, request.method(), request.path());
                Runnable apply = () -> apply(fault, exchange, serve);
                if (fault.delayMillis() > 0) {
                    vertx.setTimer(fault.delayMillis(), id -> apply.run());
                } else {
                    apply.run();
                }
            }
        });
    }

    private static void apply(Fault fault, SandboxExchange exchange, Runnable serve) {
        boolean answers = fault.closesConnection() || fault.sendsMalformedJson() || fault.status() > 0;
        if (!answers) {
            serve.run();
        } else if (fault.isAfterServing()) {
            exchange.replaceResponse(() -> answer(fault, exchange));
            serve.run();
        } else {
            answer(fault, exchange);
        }
    }

    private static void answer(Fault fault, SandboxExchange exchange) {
        if (fault.closesConnection()) {
            exchange.request().connection().close();
        } else if (fault.sendsMalformedJson()) {
            exchange.send(200, "application/json", Buffer.buffer(MALFORMED_JSON));
        } else {
            fault.headers().forEach((name, value) -> exchange.request().response().putHeader(name, value));
            exchange.send(fault.status(), "application/json", Buffer.buffer(fault.body()));
        }
    }

    private static void serve(SandboxExchange exchange, boolean unauthorized, Handler<SandboxExchange> handler) {
        if (unauthorized) {
            exchange.error(401, "Unauthorized");
            return;
        }
        try {
            handler.handle(exchange);
        } catch (RuntimeException e) {
            LOG.warn("Sandbox handler failed on {} {}", exchange.request().method(), exchange.request().path(), e);
            exchange.error(500, "Service error", "Internal processing error");
        }
    }
}
