package dev.camelslng.benchmarks;

import dev.camelslng.component.SlngComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel context whose {@code slng} component talks to the benchmark's sandbox; the caller adds routes and starts it. */
final class SandboxCamel {

    private SandboxCamel() {
    }

    static CamelContext context(String baseUrl, String apiKey) {
        CamelContext camel = new DefaultCamelContext();
        SlngComponent slng = camel.getComponent("slng", SlngComponent.class);
        slng.getConfiguration().setBaseUrl(baseUrl);
        slng.getConfiguration().setApiKey(apiKey);
        return camel;
    }
}
