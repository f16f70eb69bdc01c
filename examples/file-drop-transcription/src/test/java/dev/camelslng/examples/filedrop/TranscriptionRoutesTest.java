package dev.camelslng.examples.filedrop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The example's routes against the local server: good files are transcribed, failed ones kept with the reason. */
class TranscriptionRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    @TempDir
    Path work;

    private FileDropSettings settings;
    private final RunReport report = new RunReport();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngComponent slng = context.getComponent("slng", SlngComponent.class);
        slng.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        slng.getConfiguration().setApiKey(SANDBOX.apiKey());
        slng.getConfiguration().setRetryInitialDelay(10);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        settings = FileDropSettings.fromEnvironment(Map.of(), work);
        return new TranscriptionRoutes(settings, report);
    }

    @Test
    void transcribesGoodFilesAndKeepsFailedOnesWithTheReason() throws Exception {
        // Whichever recording is sent first is rejected; which one that is depends on the file consumer.
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT).status(400)
                .body("{\"error\":\"Validation error\",\"details\":\"Unsupported audio\"}").times(1));
        Map<String, String> spoken = Map.of("a-call", "call me back tomorrow", "b-memo", "buy more coffee",
                "c-reminder", "the dentist is at noon");
        Files.createDirectories(settings.inbox());
        for (Map.Entry<String, String> recording : spoken.entrySet()) {
            Files.write(settings.inbox().resolve(recording.getKey() + ".wav"), speech(recording.getValue()));
        }
        Files.writeString(settings.inbox().resolve("notes.txt"), "not a recording");

        await().atMost(Duration.ofSeconds(20)).until(() -> count(settings.done()) + count(settings.failed()) == 4);

        assertThat(count(settings.failed())).as("one recording and its reason").isEqualTo(2);
        for (Map.Entry<String, String> recording : spoken.entrySet()) {
            String name = recording.getKey();
            Path done = settings.done().resolve(name + ".wav");
            Path failed = settings.failed().resolve(name + ".wav");
            byte[] original = speech(recording.getValue());
            if (Files.exists(failed)) {
                assertThat(failed).hasBinaryContent(original);
                assertThat(settings.failed().resolve(name + ".wav.error.txt")).content()
                        .contains("HTTP 400").contains("Unsupported audio");
                assertThat(settings.outbox().resolve(name + ".txt")).doesNotExist();
            } else {
                assertThat(done).hasBinaryContent(original);
                assertThat(settings.outbox().resolve(name + ".txt")).hasContent(recording.getValue());
                assertThat(Files.readString(settings.outbox().resolve(name + ".json")))
                        .contains("\"transcript\" : \"" + recording.getValue() + "\"").contains("\"type\" : \"transcription\"");
            }
        }
        assertThat(settings.inbox().resolve("notes.txt")).exists();
        assertThat(report.summary(settings.failed())).isEqualTo("2 transcribed, 1 failed: see " + settings.failed());
    }

    @Test
    void aFileNameUsedAgainNeverOverwritesEarlierResults() throws Exception {
        Files.createDirectories(settings.inbox());
        Files.write(settings.inbox().resolve("same.wav"), speech("the first recording"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(settings.done().resolve("same.wav")));
        Files.write(settings.inbox().resolve("same.wav"), speech("the second recording"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(settings.done().resolve("same-2.wav")));

        assertThat(settings.done().resolve("same.wav")).hasBinaryContent(speech("the first recording"));
        assertThat(settings.done().resolve("same-2.wav")).hasBinaryContent(speech("the second recording"));
        assertThat(settings.outbox().resolve("same.txt")).hasContent("the first recording");
        assertThat(settings.outbox().resolve("same-2.txt")).hasContent("the second recording");
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static byte[] speech(String text) {
        return SANDBOX.sandbox().engine().synthesize(text, null);
    }
}
