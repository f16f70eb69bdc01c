package dev.camelslng.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

/**
 * How the sandbox serves HTTPS: its key and certificate and, to test what clients offer, the only protocols and cipher
 * suites it accepts (empty for Vert.x's defaults).
 *
 * @param pkcs12       the server's key and certificate, a PKCS#12 keystore
 * @param password     the keystore password
 * @param protocols    the TLS protocols accepted, e.g. {@code TLSv1.3}; empty for TLSv1.2 and TLSv1.3
 * @param cipherSuites the cipher suites accepted; empty for the JVM's defaults
 */
record SandboxTls(Path pkcs12, String password, List<String> protocols, List<String> cipherSuites) {

    SandboxTls {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
    }

    SandboxTls only(List<String> onlyProtocols, List<String> onlyCipherSuites) {
        return new SandboxTls(pkcs12, password, onlyProtocols, onlyCipherSuites);
    }

    void applyTo(HttpServerOptions options) {
        options.setSsl(true).setKeyCertOptions(new PfxOptions().setPath(pkcs12.toString()).setPassword(password));
        if (!protocols.isEmpty()) {
            options.setEnabledSecureTransportProtocols(new LinkedHashSet<>(protocols));
        }
        cipherSuites.forEach(options::addEnabledCipherSuite);
    }
}
