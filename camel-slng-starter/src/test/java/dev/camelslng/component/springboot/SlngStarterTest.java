package dev.camelslng.component.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.sandbox.SlngSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application with the starter, against the local SLNG-compatible server on loopback: the properties reach
 * the component, routes run, the component's health check shows in /actuator/health, and the key shows nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camel.component.slng.response-timeout=23456",
    "camel.component.slng.output-type=response",
    "camel.component.slng.world-part=",
    "camel.health.producers-enabled=true",
    "camel.health.exposure-level=full",
    "management.endpoints.web.exposure.include=health,configprops,env",
    "management.endpoint.health.show-details=always",
    "management.endpoint.configprops.show-values=always",
    "management.endpoint.env.show-values=always"
})
@ExtendWith(OutputCaptureExtension.class)
class SlngStarterTest {

    private static final String KEY = "sk-starter-test-3f9a71c2";
    private static final SlngSandbox SANDBOX = SlngSandbox.builder().apiKey(KEY).build().start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate producer;
    /** The port Spring Boot chose ({@code @LocalServerPort} moved package in Spring Boot 4; this works on 3.5 and 4). */
    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("camel.component.slng.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.slng.api-key", () -> KEY);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void propertiesReachTheComponentAndBlankOnesKeepItsDefaults() {
        SlngConfiguration configuration = camelContext.getComponent("slng", SlngComponent.class).getConfiguration();

        assertThat(configuration.getResponseTimeout()).isEqualTo(23456L);
        assertThat(configuration.getOutputType()).hasToString("RESPONSE");
        assertThat(configuration.getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(configuration.getWorldPart()).isNull();
    }

    @Test
    void routesSpeakAndTranscribeThroughTheGateway() {
        byte[] wav = producer.requestBody("direct:speak", "hello world", byte[].class);

        String transcript = producer.requestBody("direct:transcribe", wav, String.class);

        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(transcript).contains("hello world");
        assertThat(SANDBOX.requests().all()).allSatisfy(r -> assertThat(r.authenticated()).isTrue());
    }

    @Test
    void producerHealthCheckShowsInActuatorHealth() throws Exception {
        producer.requestBody("direct:speak", "warm up", byte[].class);

        JsonNode health = JSON.readTree(get("/actuator/health").body());

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.toString()).contains("producer:slng://tts").contains("producer:slng://stt");
    }

    @Test
    void keyIsMaskedInConfigpropsAndEnvAndNeverLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> configprops = get("/actuator/configprops/camel.component.slng");
        HttpResponse<String> env = get("/actuator/env");

        assertThat(configprops.statusCode()).isEqualTo(200);
        assertThat(configprops.body()).contains("\"responseTimeout\":23456").contains("\"apiKey\":\"******\"")
                .doesNotContain(KEY);
        assertThat(env.body()).contains("camel.component.slng.api-key").doesNotContain(KEY);
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
