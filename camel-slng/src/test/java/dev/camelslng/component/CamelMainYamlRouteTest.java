package dev.camelslng.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML route docs/camel-jbang.md runs with Camel JBang ({@code camel run ... --dep=dev.camelslng:camel-slng:VERSION}),
 * run here by camel-main instead, since Camel JBang is not served on the build machines: the same file, the component
 * configured through {@code camel.component.slng.*} properties as JBang's application.properties would.
 */
class CamelMainYamlRouteTest {

    private static final Path ROUTE = Path.of("..", "docs", "camel-jbang", "speak-and-listen.camel.yaml");

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().apiKey(SlngTestSupport.API_KEY));

    @TempDir
    Path work;

    @Test
    void theDocumentedRouteSpeaksADroppedTextAndWritesWhatItHeard() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path outbox = work.resolve("outbox");
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + ROUTE.toAbsolutePath().normalize());
        main.addInitialProperty("inbox", inbox.toString());
        main.addInitialProperty("outbox", outbox.toString());
        main.addInitialProperty("camel.component.slng.baseUrl", SANDBOX.baseUrl());
        main.addInitialProperty("camel.component.slng.apiKey", SlngTestSupport.API_KEY);
        main.start();
        try {
            Files.writeString(inbox.resolve("greeting.txt"), "hello from the yaml route");

            Path heard = outbox.resolve("greeting.txt");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(heard).exists()
                    .content().isEqualTo("hello from the yaml route"));
        } finally {
            main.stop();
        }
    }
}
