package dev.camelslng.component.transport.ws;

import java.util.Arrays;

import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509KeyManager;

import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.TrustOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Camel's {@link SSLContextParameters} as Vert.x TLS options. Vert.x 4.5 takes no {@code SSLContext}, so the key and
 * trust managers the parameters create are wrapped; without trust managers the JVM's default trust store applies.
 */
public final class WebSocketTls {

    private final TrustManager trustManager;
    private final X509KeyManager keyManager;

    private WebSocketTls(TrustManager trustManager, X509KeyManager keyManager) {
        this.trustManager = trustManager;
        this.keyManager = keyManager;
    }

    /** The TLS settings of {@code parameters}, or null when there are none. */
    public static WebSocketTls of(SSLContextParameters parameters, CamelContext context) throws Exception {
        if (parameters == null) {
            return null;
        }
        // Creating the context once checks the parameters and hands the CamelContext to the nested key and trust stores.
        parameters.createSSLContext(context);
        TrustManager trust = parameters.getTrustManagers() == null ? null
                : first(parameters.getTrustManagers().createTrustManagers());
        X509KeyManager key = null;
        if (parameters.getKeyManagers() != null) {
            KeyManager[] managers = parameters.getKeyManagers().createKeyManagers();
            key = (X509KeyManager) Arrays.stream(managers).filter(X509KeyManager.class::isInstance).findFirst().orElse(null);
        }
        return new WebSocketTls(trust, key);
    }

    private static TrustManager first(TrustManager[] managers) {
        return managers == null || managers.length == 0 ? null : managers[0];
    }

    void applyTo(WebSocketClientOptions options) {
        if (trustManager != null) {
            options.setTrustOptions(TrustOptions.wrap(trustManager));
        }
        if (keyManager != null) {
            options.setKeyCertOptions(KeyCertOptions.wrap(keyManager));
        }
    }
}
