package dev.camelslng.component;

import java.io.StringWriter;
import java.util.Map;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys must not leak through logs (everything at TRACE), exception messages, endpoint URIs or toString. The one
 * exception is Apache HttpClient's raw header and wire logging, which prints headers as sent, as it does for camel-http:
 * those two loggers stay at INFO here, and the component warns when they are enabled.
 */
class SecretsTest extends SlngTestSupport {

    private static final String URI_KEY = "slng_cu_uri_key_5d1e";
    private static final String PROVIDER_KEY = "dg_provider_key_77aa";
    private static final String[] RAW_HTTP_LOGGERS = {"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"};

    private final StringWriter captured = new StringWriter();
    private Appender appender;

    @BeforeEach
    void captureAllLogs() {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        Configuration config = logs.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secrets").setTarget(captured)
                .setLayout(PatternLayout.newBuilder().withPattern("%m %throwable%n").build()).build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        for (String raw : RAW_HTTP_LOGGERS) {
            config.addLogger(raw, LoggerConfig.newBuilder().withLoggerName(raw).withLevel(Level.INFO)
                    .withConfig(config).build());
        }
        logs.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        logs.getConfiguration().getRootLogger().removeAppender("secrets");
        logs.getConfiguration().getRootLogger().setLevel(Level.INFO);
        for (String raw : RAW_HTTP_LOGGERS) {
            logs.getConfiguration().removeLogger(raw);
        }
        logs.updateLoggers();
        appender.stop();
    }

    @Test
    void keysAppearNowhere() {
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(503).times(1));
        sandbox().faults().add(Fault.on(SandboxRoute.STT).status(429).header("Retry-After", "0").times(1));
        String uri = "slng:stt?apiKey=" + API_KEY + "&providerApiKey=" + PROVIDER_KEY + "&model=deepgram/nova:3";

        Exchange retried = send(uri, speech("after two retries"));
        Exchange wrongKey = send("slng:tts?apiKey=" + URI_KEY, "who am i");
        Exchange byokRefused = template.send("slng:stt?model=slng/deepgram/nova:3-en", exchange -> {
            exchange.getMessage().setBody(speech("refused"));
            exchange.getMessage().setHeaders(Map.of(SlngConstants.PROVIDER_API_KEY, PROVIDER_KEY,
                    SlngConstants.API_KEY, URI_KEY));
        });
        Endpoint endpoint = context.getEndpoint(uri);

        assertThat(retried.getMessage().getBody(String.class)).isEqualTo("after two retries");
        assertThat(wrongKey.getException()).isInstanceOf(SlngApiException.class);
        assertThat(byokRefused.getException()).isInstanceOf(SlngException.class);
        assertThat(byokRefused.getMessage().getHeaders()).doesNotContainKeys(SlngConstants.PROVIDER_API_KEY,
                SlngConstants.API_KEY);
        String everything = captured + "\n" + describe(wrongKey.getException()) + "\n"
                            + describe(byokRefused.getException()) + "\n" + endpoint + "\n" + endpoint.getEndpointBaseUri()
                            + "\n" + context.getEndpoints() + "\n" + wrongKey.getMessage().getHeaders();
        assertThat(captured.toString()).contains("retrying");
        assertThat(everything).doesNotContain(URI_KEY).doesNotContain(PROVIDER_KEY).doesNotContain(API_KEY);
    }

    private static String describe(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }
}
