package dev.camelslng.examples.voice;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.sandbox.SlngSandbox;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no gateway configured, the service still works with no account and no network: it starts the local
 * SLNG-compatible server from slng-sandbox on loopback and points the slng component at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoGatewayConfigured.class)
public class EmbeddedGateway {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGateway.class);

    /** Listens on a free loopback port until the application stops. */
    @Bean(destroyMethod = "stop")
    SlngSandbox embeddedSlngServer() {
        SlngSandbox sandbox = SlngSandbox.builder().build().start();
        LOG.info("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server at {}", sandbox.baseUrl());
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
