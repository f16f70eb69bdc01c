package dev.camelslng.examples.voice;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.EngineKind;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no gateway configured, the service still works with no account and no network: it starts the local
 * SLNG-compatible server from slng-sandbox on loopback and points the slng component at it, with the engine
 * {@code voice.local-engine} names (SLNG_LOCAL_ENGINE): {@code tone} or {@code real} (FreeTTS, Sphinx4: about 5 s to
 * load, 384 MB of heap).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoGatewayConfigured.class)
public class EmbeddedGateway {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGateway.class);

    /** Listens on a free loopback port until the application stops. */
    @Bean(destroyMethod = "stop")
    SlngSandbox embeddedSlngServer(@Value("${voice.local-engine}") String engine) {
        SlngSandbox sandbox = SlngSandbox.builder().engine(EngineKind.of(engine)).build().start();
        LOG.info("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server at {} ({} engine)",
                sandbox.baseUrl(), engine);
        return sandbox;
    }

    /** Sets the two options that application.yaml left blank. */
    @Bean
    ComponentCustomizer useEmbeddedSlngServer(SlngSandbox sandbox) {
        return ComponentCustomizer.forType(SlngComponent.class, component -> {
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            component.getConfiguration().setApiKey(sandbox.apiKey());
        });
    }
}
