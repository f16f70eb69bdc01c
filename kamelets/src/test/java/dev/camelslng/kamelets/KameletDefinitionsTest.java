package dev.camelslng.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kamelets follow the Apache Kamelet catalog's conventions, so that catalogs, editors and tools can show them. */
class KameletDefinitionsTest {

    private static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(key|token|secret|password)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    static List<KameletFile> kamelets() {
        return KameletFile.all();
    }

    @Test
    void theJarShipsTheFourKamelets() {
        assertThat(kamelets()).extracting(KameletFile::name).containsExactly("slng-speech-to-text-action",
                "slng-speech-to-text-stream-sink", "slng-speech-to-text-stream-source", "slng-text-to-speech-action");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void hasTheCatalogsShape(KameletFile kamelet) {
        assertThat(kamelet.at("apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.at("kind")).isEqualTo("Kamelet");
        assertThat(kamelet.at("metadata", "name")).isEqualTo(kamelet.name());
        Object type = kamelet.at("metadata", "labels", "camel.apache.org/kamelet.type");
        assertThat(type).isIn("source", "sink", "action");
        assertThat(kamelet.name()).endsWith("-" + type);
        assertThat(kamelet.mapAt("metadata", "annotations")).containsKeys("camel.apache.org/provider", "camel.apache.org/kamelet.group")
                .hasEntrySatisfying("camel.apache.org/kamelet.icon", icon -> assertThat((String) icon).startsWith("data:image/svg+xml;"));
        assertThat(kamelet.mapAt("spec", "definition")).containsKeys("title", "description").containsEntry("type", "object");
        Object required = kamelet.at("spec", "definition", "required");
        assertThat(required == null ? List.of() : (List<?>) required)
                .allSatisfy(name -> assertThat(kamelet.properties()).containsKey((String) name));
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPropertyHasATitleADescriptionAndAType(KameletFile kamelet) {
        assertThat(kamelet.properties()).isNotEmpty().allSatisfy((name, property) -> assertThat(property).as(name)
                .containsKeys("title", "description", "type"));
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void keysAreMarkedAsSecretCredentials(KameletFile kamelet) {
        if (kamelet.properties().containsKey("baseUrl")) {
            assertThat(kamelet.properties()).as("what reaches the gateway takes a key").containsKey("apiKey");
        }
        kamelet.properties().forEach((name, property) -> {
            boolean credential = property.get("x-descriptors") instanceof List<?> descriptors && descriptors.contains(CREDENTIALS);
            boolean password = "password".equals(property.get("format"));
            assertThat(credential).as(name + " in the credentials group").isEqualTo(SECRET_NAME.matcher(name).matches());
            assertThat(password).as(name + " with format password").isEqualTo(credential);
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    @SuppressWarnings("unchecked")
    void namesThisProjectsVersionLiterallyInItsSource(KameletFile kamelet) throws IOException {
        String version = System.getProperty("project.version");
        Path source = Path.of("src/main/resources/kamelets", kamelet.name() + ".kamelet.yaml");

        assertThat(kamelet.text()).as("shipped exactly as written, not filtered").isEqualTo(Files.readString(source));
        assertThat((List<Object>) kamelet.at("spec", "dependencies")).contains("camel:kamelet",
                "mvn:dev.camelslng:camel-slng:" + version);
        assertThat(kamelet.mapAt("metadata", "annotations")).containsEntry("camel.apache.org/catalog.version", version);
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void theTemplateUsesExactlyTheDefinedProperties(KameletFile kamelet) {
        Set<String> used = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(kamelet.templateText());
        while (placeholder.find()) {
            used.add(placeholder.group(1));
        }
        assertThat(used).isEqualTo(new TreeSet<>(kamelet.properties().keySet()));
    }

    @Test
    void theStreamSinkAndSourceMeetByStreamName() {
        KameletFile source = KameletFile.named("slng-speech-to-text-stream-source");
        KameletFile sink = KameletFile.named("slng-speech-to-text-stream-sink");
        Map<String, Object> consumer = source.mapAt("spec", "template", "from");
        List<?> sinkSteps = (List<?>) sink.at("spec", "template", "from", "steps");
        Map<?, ?> producer = sinkSteps.stream().map(step -> ((Map<?, ?>) step).get("to")).filter(Map.class::isInstance)
                .map(Map.class::cast).findFirst().orElseThrow();

        assertThat(producer.get("uri")).isEqualTo(consumer.get("uri")).isEqualTo("slng:stt-stream:{{streamName}}");
        assertThat(source.properties().get("streamName")).isEqualTo(sink.properties().get("streamName"));
        assertThat(source.properties().keySet()).containsExactlyInAnyOrder("streamName", "enablePartials");
    }
}
