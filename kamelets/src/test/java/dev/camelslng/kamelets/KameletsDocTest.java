package dev.camelslng.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/kamelets.md as written: its YAML routes run as they are (their folders moved under a temporary one, the component
 * pointed at the local server as SLNG_API_KEY would point it at SLNG), and its property tables are the Kamelets' own.
 */
class KameletsDocTest extends KameletTestSupport {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path folder;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setBaseUrl(SANDBOX.baseUrl());
        defaults.setApiKey(API_KEY);
        return context;
    }

    @Test
    void aDroppedTextIsSpokenAndItsAudioTranscribedBack() throws Exception {
        List<String> routes = yamlRoutes();
        loadRoutes("text-to-speech.yaml", inFolder(routes.get(0)));
        loadRoutes("speech-to-text.yaml", inFolder(routes.get(1)));

        drop("texts", "hello.txt", "hello from a file".getBytes());
        Path audio = folder.resolve("audio/hello.wav");
        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(audio));
        drop("recordings", "hello.wav", Files.readAllBytes(audio));

        Path transcript = folder.resolve("transcripts/hello.txt");
        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(transcript));
        assertThat(transcript).hasContent("hello from a file");
    }

    @Test
    void aDroppedCallIsCaptionedUnderItsName() throws Exception {
        loadRoutes("captions.yaml", inFolder(yamlRoutes().get(2)));

        drop("calls", "call-42.wav", sandbox().engine().synthesize("good morning", null));

        Path captions = folder.resolve("captions/call-42.txt");
        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(captions) && Files.readString(captions).endsWith("\n"));
        assertThat(captions).hasContent("good morning\n");
    }

    @Test
    void theReadmesKameletRouteSpeaksAndListens() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("readme")));
        String section = readme.substring(readme.indexOf("**Kamelets and YAML routes**"));
        Matcher block = YAML_BLOCK.matcher(section);
        assertThat(block.find()).as("the README's Kamelet route").isTrue();
        loadRoutes("readme.yaml", block.group(1));

        assertThat(template.requestBody("direct:speak", "kamelets in the readme", String.class)).isEqualTo("kamelets in the readme");
    }

    @Test
    void thePropertyTablesAreTheKameletsOwn() throws IOException {
        String doc = doc();
        assertThat(KameletFile.all()).allSatisfy(kamelet -> assertThat(doc).contains(PropertiesTable.of(kamelet)));
    }

    private static List<String> yamlRoutes() throws IOException {
        Matcher block = YAML_BLOCK.matcher(doc());
        List<String> routes = block.results().map(result -> result.group(1)).toList();
        assertThat(routes).as("the routes of docs/kamelets.md").hasSize(3);
        return routes;
    }

    private static String doc() throws IOException {
        return Files.readString(Path.of(System.getProperty("kamelets.doc")));
    }

    private String inFolder(String yaml) {
        return yaml.replace("uri: file:", "uri: file:" + folder.toAbsolutePath() + "/");
    }

    /** Moves a complete file into {@code inbox}, so that its file consumer never sees it half written. */
    private void drop(String inbox, String name, byte[] content) throws IOException {
        Path written = Files.write(folder.resolve(name + ".part"), content);
        Files.createDirectories(folder.resolve(inbox));
        Files.move(written, folder.resolve(inbox).resolve(name));
    }
}
