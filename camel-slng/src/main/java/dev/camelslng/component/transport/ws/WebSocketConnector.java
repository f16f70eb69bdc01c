package dev.camelslng.component.transport.ws;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import org.apache.hc.core5.http.Header;

/**
 * Opens WebSocket connections to the gateway's bridges for one endpoint: the HTTP address with {@code ws}/{@code wss},
 * the same headers, TLS and proxy as HTTP, permessage-deflate off (it once broke a provider's handshake), inbound
 * frames and messages bounded.
 */
public final class WebSocketConnector implements AutoCloseable {

    /** How long a close handshake may take before the TCP connection is cut. */
    private static final int CLOSING_TIMEOUT_SECONDS = 2;

    private final WebSocketClient client;
    private final long connectTimeoutMillis;

    public WebSocketConnector(Vertx vertx, WebSocketSettings settings) {
        WebSocketClientOptions options = new WebSocketClientOptions()
                .setTryUsePerMessageCompression(false)
                .setMaxFrameSize(settings.maxMessageSize())
                .setMaxMessageSize(settings.maxMessageSize())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.connectTimeoutMillis()))
                .setClosingTimeout(CLOSING_TIMEOUT_SECONDS)
                .setMaxConnections(Integer.MAX_VALUE);
        if (settings.proxyHost() != null) {
            options.setProxyOptions(new ProxyOptions().setType(ProxyType.HTTP).setHost(settings.proxyHost())
                    .setPort(settings.proxyPort() != null ? settings.proxyPort() : 3128));
        }
        if (settings.tls() != null) {
            settings.tls().applyTo(options);
        }
        this.client = vertx.createWebSocketClient(options);
        this.connectTimeoutMillis = settings.connectTimeoutMillis();
    }

    /**
     * Starts the opening handshake.
     *
     * @param httpUri the bridge's HTTP(S) URI, turned into ws(s)
     * @param headers the gateway headers (authentication, routing)
     */
    public Future<WebSocket> connect(URI httpUri, List<Header> headers) {
        boolean secure = "https".equalsIgnoreCase(httpUri.getScheme());
        int port = httpUri.getPort() > 0 ? httpUri.getPort() : secure ? 443 : 80;
        String path = httpUri.getRawPath() + (httpUri.getRawQuery() != null ? "?" + httpUri.getRawQuery() : "");
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(httpUri.getHost()).setPort(port)
                .setURI(path).setSsl(secure).setTimeout(TimeUnit.MILLISECONDS.toMillis(connectTimeoutMillis));
        for (Header header : headers) {
            options.addHeader(header.getName(), header.getValue());
        }
        return client.connect(options);
    }

    /** The ws(s) form of a bridge URI, for messages and the console. */
    public static String webSocketUri(URI httpUri) {
        String text = httpUri.toString();
        return text.startsWith("https:") ? "wss:" + text.substring("https:".length()) : "ws:" + text.substring("http:".length());
    }

    @Override
    public void close() {
        client.close();
    }
}
