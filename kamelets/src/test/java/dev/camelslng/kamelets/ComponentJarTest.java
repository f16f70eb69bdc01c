package dev.camelslng.kamelets;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Properties;

import dev.camelslng.component.SlngComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The camel-slng artifact these Kamelets bring (the packaged jar in {@code mvn verify}) carries the file Camel's catalog
 * and tooling find third-party components by, in the words Camel's build writes it.
 */
class ComponentJarTest {

    private static final String SERVICES = "META-INF/services/org/apache/camel/";

    @Test
    void theComponentArtifactListsItsComponentForCatalogDiscovery() throws Exception {
        URL artifact = SlngComponent.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader only = new URLClassLoader(new URL[] { artifact }, null)) {
            Properties properties = new Properties();
            try (InputStream in = only.getResourceAsStream(SERVICES + "component.properties")) {
                assertThat(in).as("component.properties in " + artifact).isNotNull();
                properties.load(in);
            }

            assertThat(properties).containsEntry("components", "slng").containsEntry("groupId", "dev.camelslng")
                    .containsEntry("artifactId", "camel-slng").containsEntry("version", System.getProperty("project.version"));
            assertThat(properties.getProperty("projectName")).isNotBlank();
            assertThat(only.getResource(SERVICES + "component/" + properties.getProperty("components")))
                    .as("the listed component's own service file").isNotNull();
        }
    }
}
