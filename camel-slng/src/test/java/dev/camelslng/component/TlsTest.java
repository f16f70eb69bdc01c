package dev.camelslng.component;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** TLS is configured the camel-http way: SSLContextParameters on the endpoint, or the context's global ones. */
class TlsTest extends CamelTestSupport {

    @RegisterExtension
    static final SlngSandboxExtension HTTPS = new SlngSandboxExtension(SlngSandbox.builder()
            .https(SandboxTlsFiles.keyStore(), SandboxTlsFiles.PASSWORD));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = SandboxTlsFiles.pointedAt(super.createCamelContext(), HTTPS);
        context.getRegistry().bind("sandboxTrust", trustTheSandbox());
        return context;
    }

    @Test
    void trustsTheServerThroughSslContextParameters() {
        assertThat(HTTPS.baseUrl()).startsWith("https://");

        byte[] audio = template.requestBody("slng:tts?sslContextParameters=#sandboxTrust", "over tls", byte[].class);

        assertThat(template.requestBody("slng:stt?sslContextParameters=#sandboxTrust", audio, String.class))
                .isEqualTo("over tls");
    }

    @Test
    void usesTheGlobalSslContextParametersWhenAsked() {
        context.setSSLContextParameters(trustTheSandbox());
        context.getComponent("slng", SlngComponent.class).setUseGlobalSslContextParameters(true);

        assertThat(template.requestBody("slng:tts", "global trust", byte[].class))
                .isEqualTo(HTTPS.sandbox().engine().synthesize("global trust", null));
    }

    @Test
    void anUntrustedCertificateFailsAtOnceWithAClearError() {
        Exchange exchange = template.send("slng:tts", e -> e.getMessage().setBody("not trusted"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("failed TLS set-up").hasMessageContaining("sslContextParameters");
        assertThat(HTTPS.sandbox().requests().count(SandboxRoute.ANY)).isZero();
    }

    @Test
    void streamsUseTheSameTrustOverWss() {
        byte[] audio = template.requestBody("slng:tts-stream?replyWithResult=true&sslContextParameters=#sandboxTrust",
                "streamed over tls", byte[].class);

        assertThat(template.requestBody("slng:stt-stream?replyWithResult=true&sslContextParameters=#sandboxTrust", audio,
                String.class)).isEqualTo("streamed over tls");
    }

    @Test
    void anUntrustedCertificateFailsAStreamAtOnce() {
        Exchange exchange = template.send("slng:tts-stream?replyWithResult=true", e -> e.getMessage().setBody("not trusted"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class).hasMessageContaining("TLS failed");
        assertThat(HTTPS.sandbox().streams().all()).isEmpty();
    }

    private static SSLContextParameters trustTheSandbox() {
        return SandboxTlsFiles.trusting(SandboxTlsFiles.trust());
    }
}
