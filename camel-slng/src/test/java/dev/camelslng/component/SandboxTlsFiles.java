package dev.camelslng.component;

import java.net.URISyntaxException;
import java.nio.file.Path;

import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** The committed self-signed keystore an HTTPS sandbox serves, and Camel TLS parameters that trust it. */
final class SandboxTlsFiles {

    static final String PASSWORD = "changeit";

    private SandboxTlsFiles() {
    }

    static Path keyStore() {
        try {
            return Path.of(SandboxTlsFiles.class.getResource("/tls/sandbox.p12").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TrustManagersParameters trust() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:tls/sandbox.p12");
        store.setPassword(PASSWORD);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        return trust;
    }

    static SSLContextParameters trusting(TrustManagersParameters trust) {
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    /** Points the slng component of {@code context} at the sandbox, with short retry waits. */
    static CamelContext pointedAt(CamelContext context, SlngSandboxExtension https) {
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setBaseUrl(https.baseUrl());
        defaults.setApiKey(https.apiKey());
        defaults.setRetryInitialDelay(10);
        return context;
    }
}
