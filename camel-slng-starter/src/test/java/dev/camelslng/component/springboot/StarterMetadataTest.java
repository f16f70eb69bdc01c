package dev.camelslng.component.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated Spring Boot metadata against the component's own descriptor: every option, with its description, its
 * default and its enum values, and a writable property behind each entry.
 */
class StarterMetadataTest {

    private static final String PREFIX = "camel.component.slng.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SWITCHES = { "enabled", "customizer.enabled" };

    @Test
    void metadataListsEveryComponentOptionWithItsDescriptionAndDefault() throws IOException {
        JsonNode options = read("META-INF/dev/camelslng/component/slng.json").path("componentProperties");
        Map<String, JsonNode> properties = metadataProperties();

        assertThat(properties).hasSize(options.size() + SWITCHES.length);
        options.properties().forEach(option -> {
            JsonNode property = properties.get(PREFIX + kebab(option.getKey()));
            assertThat(property).as(option.getKey()).isNotNull();
            assertThat(property.path("description").asText()).as(option.getKey())
                    .startsWith(option.getValue().path("description").asText().replaceAll("\\.$", ""));
            assertThat(property.get("defaultValue")).as(option.getKey()).isEqualTo(option.getValue().get("defaultValue"));
        });
    }

    @Test
    void theStarterSwitchesAreInTheMetadataOnByDefault() throws IOException {
        Map<String, JsonNode> properties = metadataProperties();

        for (String name : SWITCHES) {
            JsonNode property = properties.get(PREFIX + name);
            assertThat(property).as(name).isNotNull();
            assertThat(property.path("type").asText()).isEqualTo("java.lang.Boolean");
            assertThat(property.path("defaultValue").asBoolean()).isTrue();
            assertThat(property.path("description").asText()).isNotBlank();
        }
    }

    @Test
    void beanOptionsHaveTheirOwnTypes() throws IOException {
        Map<String, JsonNode> properties = metadataProperties();

        assertThat(properties.get(PREFIX + "executor-service").path("type").asText())
                .isEqualTo("java.util.concurrent.ExecutorService");
        assertThat(properties.get(PREFIX + "vertx").path("type").asText()).isEqualTo("io.vertx.core.Vertx");
        assertThat(properties.get(PREFIX + "ssl-context-parameters").path("type").asText())
                .isEqualTo("org.apache.camel.support.jsse.SSLContextParameters");
    }

    @Test
    void enumOptionsHaveTheirValuesAsHints() throws IOException {
        JsonNode hints = read("META-INF/spring-configuration-metadata.json").path("hints");
        JsonNode outputType = read("META-INF/dev/camelslng/component/slng.json").path("componentProperties").path("outputType");

        assertThat(hints.findValues("name")).extracting(JsonNode::asText).contains(PREFIX + "output-type", PREFIX + "encoding");
        assertThat(hints.toString()).contains(outputType.path("enum").get(0).asText());
    }

    @Test
    void everyMetadataEntryIsAWritablePropertyOfTheConfigurationClass() throws IOException {
        BeanWrapperImpl configuration = new BeanWrapperImpl(new SlngComponentConfiguration());

        assertThat(metadataProperties().values()).allSatisfy(property -> {
            String name = camel(property.path("name").asText().substring(PREFIX.length()));
            assertThat(configuration.isWritableProperty(name)).as(name).isTrue();
            assertThat(ClassUtils.resolvePrimitiveIfNecessary(configuration.getPropertyType(name)).getName())
                    .isEqualTo(property.path("type").asText());
        });
    }

    private static Map<String, JsonNode> metadataProperties() throws IOException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        read("META-INF/spring-configuration-metadata.json").path("properties")
                .forEach(property -> byName.put(property.path("name").asText(), property));
        return byName;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = StarterMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
