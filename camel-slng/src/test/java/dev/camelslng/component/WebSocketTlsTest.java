package dev.camelslng.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.CipherSuitesParameters;
import org.apache.camel.support.jsse.FilterParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelslng.component.SandboxTlsFiles.trust;
import static dev.camelslng.component.SandboxTlsFiles.trusting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * wss uses exactly the TLS that sslContextParameters give HTTPS: every trust manager, the protocols and cipher suites
 * with their filters. The sandbox accepts TLSv1.3 with one cipher suite only, so a client limited to anything else
 * cannot connect.
 */
class WebSocketTlsTest extends CamelTestSupport {

    private static final String SERVER_PROTOCOL = "TLSv1.3";
    private static final String SERVER_CIPHER_SUITE = "TLS_AES_256_GCM_SHA384";

    @RegisterExtension
    static final SlngSandboxExtension HTTPS = new SlngSandboxExtension(SlngSandbox.builder()
            .https(SandboxTlsFiles.keyStore(), SandboxTlsFiles.PASSWORD)
            .httpsOnly(List.of(SERVER_PROTOCOL), List.of(SERVER_CIPHER_SUITE)));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return SandboxTlsFiles.pointedAt(super.createCamelContext(), HTTPS);
    }

    static Stream<Arguments> whatTheServerDoesNotAccept() {
        return Stream.of(
                limit("TLSv1.2 only", p -> p.setSecureSocketProtocols(protocols("TLSv1.2"))),
                limit("a protocol filter keeping TLSv1.2", p -> p.setSecureSocketProtocolsFilter(including("TLSv1\\.2"))),
                limit("another cipher suite only", p -> p.setCipherSuites(cipherSuites("TLS_AES_128_GCM_SHA256"))),
                limit("a cipher suite filter keeping AES-128", p -> p.setCipherSuitesFilter(including(".*_AES_128_.*"))));
    }

    private static Arguments limit(String name, Consumer<SSLContextParameters> limitation) {
        return Arguments.of(name, limitation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatTheServerDoesNotAccept")
    void aStreamOffersOnlyWhatTheParametersAllow(String limit, Consumer<SSLContextParameters> limitation) {
        SSLContextParameters parameters = trusting(trust());
        limitation.accept(parameters);
        context.getRegistry().bind("limited", parameters);

        Exchange overHttps = template.send("slng:tts?sslContextParameters=#limited", e -> e.getMessage().setBody("https"));
        Exchange overWss = template.send("slng:tts-stream?replyWithResult=true&sslContextParameters=#limited",
                e -> e.getMessage().setBody("wss"));

        assertThat(overHttps.getException()).as("https").hasMessageContaining("failed TLS set-up");
        assertThat(overWss.getException()).as("wss").isInstanceOf(SlngException.class).hasMessageContaining("TLS failed");
        assertThat(HTTPS.sandbox().streams().all()).isEmpty();
    }

    @Test
    void aStreamConnectsWithTheServersOwnProtocolAndCipherSuite() {
        SSLContextParameters parameters = trusting(trust());
        parameters.setSecureSocketProtocols(protocols(SERVER_PROTOCOL));
        parameters.setCipherSuites(cipherSuites(SERVER_CIPHER_SUITE));
        context.getRegistry().bind("exact", parameters);

        assertThat(template.requestBody("slng:tts-stream?replyWithResult=true&sslContextParameters=#exact", "exactly so",
                byte[].class)).isNotEmpty();
    }

    @Test
    void aStreamUsesTheTrustManagerTheJdkWouldPickNotTheFirstOne() {
        // JSSE takes the first X509TrustManager of the array, as HTTPS does: here the second one.
        TrustManagersParameters twoManagers = new TrustManagersParameters() {
            @Override
            public TrustManager[] createTrustManagers() throws GeneralSecurityException, IOException {
                KeyStore sandbox = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(SandboxTlsFiles.keyStore())) {
                    sandbox.load(in, SandboxTlsFiles.PASSWORD.toCharArray());
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(sandbox);
                TrustManager notX509 = new TrustManager() {
                };
                return new TrustManager[] {notX509, factory.getTrustManagers()[0]};
            }
        };
        context.getRegistry().bind("twoManagers", trusting(twoManagers));

        byte[] audio = template.requestBody("slng:tts?sslContextParameters=#twoManagers", "second manager", byte[].class);

        assertThat(template.requestBody("slng:stt-stream?replyWithResult=true&sslContextParameters=#twoManagers", audio,
                String.class)).isEqualTo("second manager");
    }

    private static SecureSocketProtocolsParameters protocols(String protocol) {
        SecureSocketProtocolsParameters protocols = new SecureSocketProtocolsParameters();
        protocols.setSecureSocketProtocol(List.of(protocol));
        return protocols;
    }

    private static CipherSuitesParameters cipherSuites(String cipherSuite) {
        CipherSuitesParameters suites = new CipherSuitesParameters();
        suites.setCipherSuite(List.of(cipherSuite));
        return suites;
    }

    private static FilterParameters including(String pattern) {
        FilterParameters filter = new FilterParameters();
        filter.addInclude(pattern);
        return filter;
    }
}
