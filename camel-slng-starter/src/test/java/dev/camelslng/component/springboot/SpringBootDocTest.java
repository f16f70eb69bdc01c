package dev.camelslng.component.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelslng.sandbox.SlngSandbox;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/spring-boot.md says what it means: its dependency is this module, and its configuration blocks, as written, run a
 * route and show the slng checks in /actuator/health (against the local server instead of SLNG, the only addition).
 */
class SpringBootDocTest {

    private static final Path DOC = Path.of("../docs/spring-boot.md");

    @Test
    void dependencyIsThisStarter() throws IOException {
        String xml = blocks("xml").get(0);

        assertThat(xml).contains("<groupId>dev.camelslng</groupId>", "<artifactId>camel-slng-starter</artifactId>",
                "<version>" + System.getProperty("project.version") + "</version>");
    }

    @Test
    void documentedConfigurationRunsARouteAndShowsHealth() throws Exception {
        List<String> yaml = blocks("yaml");
        try (SlngSandbox sandbox = SlngSandbox.builder().build().start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class)
                        .properties(properties(yaml.get(0), yaml.get(1)))
                        .properties("SLNG_API_KEY=" + sandbox.apiKey(), "camel.component.slng.base-url=" + sandbox.baseUrl(),
                                "server.port=0")
                        .run()) {
            ProducerTemplate producer = app.getBean(ProducerTemplate.class);
            byte[] wav = producer.requestBody("direct:speak", "as documented", byte[].class);

            assertThat(producer.requestBody("direct:transcribe", wav, String.class)).isEqualTo("as documented");
            // local.server.port, not WebServerApplicationContext: that class moved package in Spring Boot 4.
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"producer:slng://tts\":\"UP\"", "\"producer:slng://stt\":\"UP\"");
        }
    }

    private static Properties properties(String... yamlDocuments) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(Arrays.stream(yamlDocuments).map(yaml -> new ByteArrayResource(yaml.getBytes())).toArray(Resource[]::new));
        return factory.getObject();
    }

    private static List<String> blocks(String language) throws IOException {
        Matcher matcher = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).as(language + " blocks in " + DOC).isNotEmpty();
        return found;
    }
}
