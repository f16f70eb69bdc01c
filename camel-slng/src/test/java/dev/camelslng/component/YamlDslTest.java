package dev.camelslng.component;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.dsl.yaml.YamlRoutesBuilderLoader;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's YAML route, loaded by the YAML DSL, against the local server. */
class YamlDslTest extends SlngTestSupport {

    private static final String ROUTE = """
            - route:
                from:
                  uri: direct:speak
                  steps:
                    - to:
                        uri: slng:tts
                        parameters:
                          voice: aura-2-thalia-en
                    - to: slng:stt
            """;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        try (YamlRoutesBuilderLoader loader = new YamlRoutesBuilderLoader()) {
            loader.setCamelContext(context);
            loader.start();
            return loader.loadRoutesBuilder(ResourceHelper.fromString("speak.yaml", ROUTE));
        }
    }

    @Test
    void speaksAndTranscribesBack() {
        assertThat(template.requestBody("direct:speak", "yaml routes work too", String.class))
                .isEqualTo("yaml routes work too");
        assertThat(sandbox().requests().all().get(0).jsonBody().path("voice").asText()).isEqualTo("aura-2-thalia-en");
    }
}
