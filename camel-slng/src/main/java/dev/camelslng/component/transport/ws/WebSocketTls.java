package dev.camelslng.component.transport.ws;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.net.JdkSSLEngineOptions;
import io.vertx.core.spi.tls.SslContextFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Camel's {@link SSLContextParameters} as Vert.x TLS options, meaning what they mean for HTTPS. Vert.x 4.5 takes no
 * {@code SSLContext}, so the whole context the parameters create (every key and trust manager, {@code certAlias},
 * provider, secure random) is handed to Netty as a {@link JdkSslContext}; the protocols and cipher suites are those the
 * context enables on a client socket, after the parameters' lists and filters, as HttpClient's TLS sockets get them.
 */
public final class WebSocketTls {

    private final SslContext sslContext;
    private final List<String> protocols;

    private WebSocketTls(SslContext sslContext, List<String> protocols) {
        this.sslContext = sslContext;
        this.protocols = protocols;
    }

    /** The TLS settings of {@code parameters}, or null when there are none. */
    public static WebSocketTls of(SSLContextParameters parameters, CamelContext context) throws Exception {
        if (parameters == null) {
            return null;
        }
        SSLContext jdkContext = parameters.createSSLContext(context);
        String[] protocols;
        String[] cipherSuites;
        try (SSLSocket socket = (SSLSocket) jdkContext.getSocketFactory().createSocket()) {
            protocols = socket.getEnabledProtocols();
            cipherSuites = socket.getEnabledCipherSuites();
        }
        SslContext sslContext = new JdkSslContext(jdkContext, true, Arrays.asList(cipherSuites),
                IdentityCipherSuiteFilter.INSTANCE, ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, protocols, false);
        return new WebSocketTls(sslContext, List.of(protocols));
    }

    /**
     * Vert.x sets its own protocol list on every engine after the context made it, so the parameters' list is set there
     * too; the cipher suites are the context's alone. Vert.x 4.5 ignores the engine options of a client with neither
     * trust nor key options unless its default is TLS: each connection still says whether it is wss.
     */
    void applyTo(WebSocketClientOptions options) {
        options.setSsl(true);
        options.setEnabledSecureTransportProtocols(new LinkedHashSet<>(protocols));
        options.setSslEngineOptions(new ContextEngineOptions(sslContext));
    }

    /** Engine options whose every context is the given one, whatever key, trust or cipher options Vert.x passes. */
    private static final class ContextEngineOptions extends JdkSSLEngineOptions {

        private final SslContext sslContext;

        ContextEngineOptions(SslContext sslContext) {
            this.sslContext = sslContext;
        }

        @Override
        public SslContextFactory sslContextFactory() {
            return () -> sslContext;
        }

        @Override
        public ContextEngineOptions copy() {
            return new ContextEngineOptions(sslContext);
        }
    }
}
