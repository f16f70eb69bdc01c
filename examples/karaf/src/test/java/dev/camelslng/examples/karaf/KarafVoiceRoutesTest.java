package dev.camelslng.examples.karaf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.camelslng.sandbox.SlngSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steps of examples/karaf/README.md in a real Karaf 4.4.8: add the camel-slng features repository, install the camel-slng
 * feature, install the route bundle, drop text files, read the transcripts that came back through a local SLNG sandbox.
 * The features come from camel-karaf's real repository as written, third-party bundles included; only camel-karaf's own Camel
 * bundles, not served here, are replaced by wrapped plain Camel jars (org.apache.karaf.features.xml says how and why).
 */
class KarafVoiceRoutesTest {

    private static final String API_KEY = "karaf-test-key";
    private static final Duration ROUND_TRIP = Duration.ofSeconds(60);

    private static SlngSandbox sandbox;
    private static KarafContainer karaf;

    @BeforeAll
    static void startKaraf() throws Exception {
        sandbox = SlngSandbox.builder().apiKey(API_KEY).build().start();
        Path resources = Path.of(System.getProperty("work.dir")).resolveSibling("test-classes");
        karaf = KarafContainer.unpack(Path.of(System.getProperty("karaf.archive")), Path.of(System.getProperty("work.dir")),
                Path.of(System.getProperty("karaf.repo")), Path.of(System.getProperty("maven.repo")),
                resources.resolve("org.apache.karaf.features.xml"));
        karaf.start(Map.of("SLNG_API_KEY", API_KEY, "SLNG_BASE_URL", sandbox.baseUrl()));
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        try {
            if (karaf != null) {
                karaf.stop();
                await().atMost(Duration.ofSeconds(60)).until(() -> !karaf.isRunning());
            }
        } finally {
            if (sandbox != null) {
                sandbox.stop();
            }
        }
    }

    @Test
    void featureAndRouteBundleRoundTripsThroughTheGateway() throws Exception {
        String installed = karaf.commands(
                "feature:repo-add mvn:dev.camelslng/camel-slng-karaf/" + projectVersion() + "/xml/features",
                "feature:install camel-slng",
                "bundle:install -s " + Path.of(System.getProperty("route.bundle")).toUri(),
                "feature:list -i",
                "bundle:list -s");
        // Vert.x as camel-karaf's own declaration wraps it (the symbolic name its wrap: URL gives), not a stand-in.
        assertThat(installed).doesNotContainIgnoringCase("error").contains("camel-slng").contains("dev.camelslng.camel-slng")
                .contains("wrap_io.vertx.vertx-core");

        Path slng = karaf.data().resolve("slng");
        Files.createDirectories(slng.resolve("speak"));
        Files.createDirectories(slng.resolve("stream"));
        Files.writeString(slng.resolve("speak/hello.txt"), "hello from karaf");
        Files.writeString(slng.resolve("stream/streamed.txt"), "streamed through karaf");

        await().atMost(ROUND_TRIP).untilAsserted(() -> assertThat(slng.resolve("transcripts/hello.txt"))
                .content().isEqualTo("hello from karaf"));
        await().atMost(ROUND_TRIP).untilAsserted(() -> assertThat(slng.resolve("stream-transcripts/streamed.txt"))
                .content().isEqualTo("streamed through karaf"));
    }

    private static String projectVersion() {
        return System.getProperty("project.version");
    }
}
