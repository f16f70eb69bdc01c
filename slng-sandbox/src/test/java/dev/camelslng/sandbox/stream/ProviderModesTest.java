package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault options that make the bridges report as real providers do rather than by the sandbox's own exact
 * conventions: rounded or speech-only final durations, word times counted from each final's start, and error frames in
 * each shape clients meet (§7.3, §8.2).
 */
class ProviderModesTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);
    /** "hello world": 5 silent symbols before, 11 spoken, 3 silent after that end the final: 0.38 s, 0.22 s of speech. */
    private static final String HELLO = "hello world";
    /** "second utterance": 2 silent left of the first final, 5 before, 16 spoken, 3 after: 0.52 s, 0.32 s of speech. */
    private static final String SECOND = "second utterance";

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    @Test
    void roundsFinalDurationsToTheStepWhileTheRecordKeepsTheExactBytes() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).roundFinalDurations(0.1));

        List<JsonNode> finals = transcribe(HELLO, SECOND);

        assertThat(finals).extracting(f -> f.path("transcript").asText()).containsExactly(HELLO, SECOND, "");
        assertThat(finals).extracting(f -> f.path("duration").asDouble()).containsExactly(0.4, 0.5, 0.0);
        assertThat(record().finalBytes()).as("what the finals really covered").isEqualTo(audio(HELLO, SECOND).length);
    }

    @Test
    void finalsThatSkipSilenceCountOnlyTheirSpeech() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).finalsSkipSilence());

        List<JsonNode> finals = transcribe(HELLO, SECOND);

        assertThat(finals).extracting(f -> f.path("duration").asDouble()).containsExactly(0.22, 0.32, 0.0);
        assertThat(finals.get(1).path("words").get(0).path("start").asDouble()).as("words keep their place in the stream")
                .isEqualTo(0.52);
        assertThat(record().finalBytes()).isEqualTo(audio(HELLO, SECOND).length);
    }

    @Test
    void wordTimesCanCountFromEachFinalsStart() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).wordTimesPerFinal());

        List<JsonNode> finals = transcribe(HELLO, SECOND);

        assertThat(finals.get(1).path("words").get(0).path("start").asDouble()).as("7 silent symbols into the final")
                .isEqualTo(0.14);
        assertThat(finals.get(1).path("duration").asDouble()).as("durations stay exact").isEqualTo(0.52);
    }

    @Test
    void theAdminEndpointTakesTheProviderModes() throws Exception {
        String modes = "{\"route\":\"STT_STREAM\",\"roundFinalDurations\":0.1,\"finalsSkipSilence\":true,\"wordTimesPerFinal\":true}";
        HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUrl()
                + "/_sandbox/faults")).POST(HttpRequest.BodyPublishers.ofString(modes)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);

        List<JsonNode> finals = transcribe(HELLO, SECOND);

        assertThat(finals).extracting(f -> f.path("duration").asDouble()).containsExactly(0.2, 0.3, 0.0);
        assertThat(finals.get(1).path("words").get(0).path("start").asDouble()).isEqualTo(0.14);
    }

    @Test
    void withoutAModeDurationsAreExact() throws Exception {
        assertThat(transcribe(HELLO, SECOND)).extracting(f -> f.path("duration").asDouble()).containsExactly(0.38, 0.52, 0.04);
    }

    @Test
    void errorFramesComeInEachShape() throws Exception {
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "flat"))
                .add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "with status").errorStatus(503))
                .add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("auth_error", "nested").errorInDataEnvelope())
                .add(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady(429, "numeric").errorStatus(429).errorInDataEnvelope());

        assertThat(errorFrame()).hasToString("{\"type\":\"error\",\"code\":\"provider_error\",\"message\":\"flat\"}");
        assertThat(errorFrame()).hasToString("{\"type\":\"error\",\"code\":\"provider_error\",\"message\":\"with status\","
                                             + "\"status_code\":503}");
        assertThat(errorFrame()).hasToString("{\"type\":\"error\",\"data\":{\"code\":\"auth_error\",\"message\":\"nested\"}}");
        assertThat(errorFrame()).hasToString("{\"type\":\"error\",\"data\":{\"code\":429,\"message\":\"numeric\","
                                             + "\"status_code\":429}}");
    }

    private static JsonNode errorFrame() throws Exception {
        BridgeSocket socket = CLIENT.stt().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        JsonNode error = socket.nextJson();
        socket.close();
        return error;
    }

    /** Streams the utterances, then {@code close}: their finals and the empty one of the 2 silent symbols left. */
    private static List<JsonNode> transcribe(String... utterances) throws Exception {
        BridgeSocket socket = CLIENT.stt().send(message("init"));
        assertThat(socket.nextJson().path("type").asText()).isEqualTo("ready");
        socket.sendBinary(audio(utterances)).send(message("close"));
        List<JsonNode> finals = new ArrayList<>();
        while (finals.size() <= utterances.length) {
            JsonNode message = socket.nextJson();
            if ("final_transcript".equals(message.path("type").asText())) {
                finals.add(message);
            }
        }
        assertThat(socket.awaitClose().code()).isEqualTo((short) 1000);
        return finals;
    }

    private static StreamSessionRecord record() {
        List<StreamSessionRecord> records = SANDBOX.sandbox().streams().of(SandboxRoute.STT_STREAM);
        return records.get(records.size() - 1);
    }

    private static byte[] audio(String... utterances) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String text : utterances) {
            pcm.writeBytes(Wav.pcmData(SANDBOX.sandbox().engine().synthesize(text, null)));
        }
        return pcm.toByteArray();
    }
}
