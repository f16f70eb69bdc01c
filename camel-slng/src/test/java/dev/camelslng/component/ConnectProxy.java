package dev.camelslng.component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;

/**
 * A minimal HTTP CONNECT proxy on loopback, as WebSocket clients use to cross a corporate proxy: it reads the CONNECT
 * request, opens the tunnel and pipes bytes both ways. It counts the tunnels it opened.
 */
final class ConnectProxy implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger tunnels = new AtomicInteger();
    private final NetServer server;

    ConnectProxy() throws Exception {
        server = vertx.createNetServer().connectHandler(this::tunnel).listen(0, "127.0.0.1").toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    int port() {
        return server.actualPort();
    }

    int tunnels() {
        return tunnels.get();
    }

    private void tunnel(NetSocket client) {
        Buffer request = Buffer.buffer();
        client.handler(data -> {
            request.appendBuffer(data);
            String head = request.toString(StandardCharsets.ISO_8859_1);
            if (!head.contains("\r\n\r\n")) {
                return;
            }
            client.pause();
            String[] target = head.substring("CONNECT ".length(), head.indexOf(' ', "CONNECT ".length())).split(":");
            vertx.createNetClient().connect(Integer.parseInt(target[1]), target[0]).onSuccess(upstream -> {
                tunnels.incrementAndGet();
                client.write("HTTP/1.1 200 Connection established\r\n\r\n");
                client.handler(upstream::write);
                upstream.handler(client::write);
                client.closeHandler(closed -> upstream.close());
                upstream.closeHandler(closed -> client.close());
                client.resume();
            }).onFailure(e -> client.write("HTTP/1.1 502 Bad Gateway\r\n\r\n").onComplete(done -> client.close()));
        });
    }

    @Override
    public void close() {
        vertx.close();
    }
}
