package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.catalog.CatalogModel;
import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelChecksTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    /** The model ids the component's and the example's tests and docs send to the sandbox (grep of the repository). */
    private static final List<String> TTS_IDS_IN_USE = List.of("slng/deepgram/aura:2-en", "slng/deepgram/aura:2-es", "deepgram/aura:2",
            "slng/fish/tts:s2.1-pro");
    private static final List<String> STT_IDS_IN_USE = List.of("slng/deepgram/nova:3-en", "deepgram/nova:3",
            "slng/openai/whisper:large-v3");

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void servesEveryCataloguedModelOnItsBridge() throws Exception {
        List<CatalogModel> models = SANDBOX.sandbox().models().models();
        assertThat(models).extracting(CatalogModel::code).contains("slng/deepgram/aura:2-en", "slng/deepgram/nova:3-en",
                "slng/speechmatics/batch:15.0.0");
        for (CatalogModel model : models) {
            if (model.supports(ModelUse.TTS_HTTP)) {
                assertThat(tts(client, model.code()).statusCode()).as(model.code()).isEqualTo(200);
            } else if (model.supports(ModelUse.STT_HTTP)) {
                assertThat(stt(client, model.code()).statusCode()).as(model.code()).isEqualTo(200);
            }
        }
    }

    @Test
    void servesTheModelIdsTheRepositoryUses() throws Exception {
        for (String id : TTS_IDS_IN_USE) {
            assertThat(tts(client, id).statusCode()).as(id).isEqualTo(200);
        }
        for (String id : STT_IDS_IN_USE) {
            assertThat(stt(client, id).statusCode()).as(id).isEqualTo(200);
        }
    }

    @Test
    void answersUnknownModelsAndModelsOfTheWrongKindWith404() throws Exception {
        assertModelNotFound(tts(client, "acme/nope:1"));
        assertModelNotFound(tts(client, "slng/deepgram/nova:3-en"));
        assertModelNotFound(tts(client, "slng/speechmatics/batch:15.0.0"));
        assertModelNotFound(stt(client, "slng/deepgram/aura:2-en"));
        assertModelNotFound(stt(client, "acme/nope:1"));
        assertModelNotFound(stt(client, "slng/speechmatics/batch:15.0.0"));
        assertThat(tts(client, "acme").statusCode()).isEqualTo(400);
    }

    @Test
    void acceptsAnyWellFormedIdWhenSwitchedOn() throws Exception {
        try (SlngSandbox anyModel = SlngSandbox.builder().acceptAnyModelId(true).build().start()) {
            SandboxClient anyClient = new SandboxClient(anyModel);

            assertThat(tts(anyClient, "acme/nope:1").statusCode()).isEqualTo(200);
            assertThat(stt(anyClient, "slng/deepgram/aura:2-en").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> malformed = tts(anyClient, "acme");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(SandboxClient.json(malformed).path("details").asText()).isEqualTo("Invalid model identifier: acme");
        }
    }

    private static HttpResponse<byte[]> tts(SandboxClient client, String model) throws Exception {
        return SandboxClient.send(client.authorized("/v1/bridges/unmute/tts/" + model).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")).build());
    }

    private static HttpResponse<byte[]> stt(SandboxClient client, String model) throws Exception {
        Multipart body = new Multipart().file("audio", "a.wav", "audio/wav", SANDBOX.sandbox().engine().synthesize("hi", null));
        return SandboxClient.send(client.authorized("/v1/bridges/unmute/stt/" + model).header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    private static void assertModelNotFound(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Model not found\"}");
    }
}
