package dev.camelslng.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated descriptor is what tooling, the catalog and Spring Boot metadata read: it must be complete. */
class CatalogTest {

    private static String json;
    private static CamelCatalog catalog;

    @BeforeAll
    static void loadDescriptor() throws Exception {
        try (InputStream in = SlngComponent.class.getResourceAsStream("/META-INF/dev/camelslng/component/slng.json")) {
            assertThat(in).as("generated slng.json on the classpath").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("slng", SlngComponent.class.getName(), json);
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode descriptor = new ObjectMapper().readTree(json);
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            assertThat(descriptor.path(section).size()).as(section).isGreaterThan(10);
            descriptor.path(section).properties().forEach(option -> assertThat(option.getValue().path("description")
                    .asText()).as(section + "." + option.getKey()).isNotBlank());
        }
        assertThat(descriptor.path("properties").path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(descriptor.path("properties").path("providerApiKey").path("secret").asBoolean()).isTrue();
        assertThat(descriptor.path("component").path("scheme").asText()).isEqualTo("slng");
    }

    @Test
    void sampleUrisValidate() {
        List<String> uris = List.of("slng:tts", "slng:tts?voice=aura-2-luna-en&model=slng/deepgram/aura:2-en",
                "slng:stt?language=en&sampleRate=16000&encoding=linear16&enablePartials=true&outputType=response",
                "slng:batch-stt?batchPollInterval=2000&batchTimeout=600000&transcriptionConfig={\"language\":\"en\"}",
                "slng:stt?worldPart=eu-west&region=eu-north-1&retryMaxAttempts=5&responseTimeout=30000");
        for (String uri : uris) {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
        }
    }

    @Test
    void badUrisAreReported() {
        assertThat(catalog.validateEndpointProperties("slng:speak").getInvalidEnum()).containsKey("operation");
        assertThat(catalog.validateEndpointProperties("slng:stt?encoding=wav").getInvalidEnum()).containsKey("encoding");
        assertThat(catalog.validateEndpointProperties("slng:tts?retryMaxAttempts=many").getInvalidInteger())
                .containsKey("retryMaxAttempts");
        assertThat(catalog.validateEndpointProperties("slng:tts?vocie=x").getUnknown()).contains("vocie");
    }
}
