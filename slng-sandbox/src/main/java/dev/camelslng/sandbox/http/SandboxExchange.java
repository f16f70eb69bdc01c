package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.camelslng.sandbox.fault.Fault;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One request whose body has been read, with the fault it drew, and the ways to answer it.
 */
final class SandboxExchange {

    private static final String JSON = "application/json";

    private final RoutingContext context;
    private final RequestBody body;
    private final Fault fault;
    private Runnable responseReplacement;

    SandboxExchange(RoutingContext context, RequestBody body, Fault fault) {
        this.context = context;
        this.body = body;
        this.fault = fault;
    }

    HttpServerRequest request() {
        return context.request();
    }

    String pathParam(String name) {
        return context.pathParam(name);
    }

    RequestBody body() {
        return body;
    }

    Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    void json(int status, Object body) {
        try {
            send(status, JSON, Buffer.buffer(Json.MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void error(int status, String error) {
        json(status, Json.object().put("error", error));
    }

    void error(int status, String error, String details) {
        json(status, Json.object().put("error", error).put("details", details));
    }

    void validationError(String details) {
        error(400, "Validation error", details);
    }

    /** Makes the next {@link #send} run {@code replacement} instead, once: the response of an after-serving fault. */
    void replaceResponse(Runnable replacement) {
        this.responseReplacement = replacement;
    }

    void send(int status, String contentType, Buffer content) {
        Runnable replacement = responseReplacement;
        if (replacement != null) {
            responseReplacement = null;
            replacement.run();
            return;
        }
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", contentType).end(content);
    }
}
