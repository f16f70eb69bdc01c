package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.Resampler;
import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeEndpointsTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void speechRoundTripsThroughTtsAndStt() throws Exception {
        String text = "Bonjour, café – naïve!";
        HttpResponse<byte[]> speech = client.tts(text);
        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(speech.headers().firstValue("x-slng-request-id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));

        HttpResponse<byte[]> transcription = client.stt(new Multipart()
                .field("language", "fr").field("sample_rate", "16000").field("encoding", "linear16").field("enable_partials", "false")
                .file("audio", "speech.wav", "audio/wav", speech.body()));

        assertThat(transcription.statusCode()).isEqualTo(200);
        assertThat(transcription.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = SandboxClient.json(transcription);
        assertThat(json.path("type").asText()).isEqualTo("transcription");
        assertThat(json.path("is_final").asBoolean()).isTrue();
        assertThat(json.path("alternatives").path(0).path("transcript").asText()).isEqualTo(text);
        assertThat(json.path("alternatives").path(0).path("confidence").asDouble()).isBetween(0.9, 1.0);
        assertThat(json.path("channel").asInt()).isZero();
        assertThat(json.path("language").asText()).isEqualTo("fr");

        RecordedRequest recorded = SANDBOX.sandbox().requests().last();
        assertThat(recorded.route()).isEqualTo(SandboxRoute.STT);
        assertThat(recorded.path()).isEqualTo("/v1/bridges/unmute/stt/" + SandboxClient.STT_MODEL);
        assertThat(recorded.authenticated()).isTrue();
        assertThat(recorded.header("authorization")).isNull();
        assertThat(recorded.formAttributes()).containsEntry("language", "fr").containsEntry("sample_rate", "16000");
        assertThat(recorded.audioBytes()).isEqualTo(speech.body().length);
        assertThat(recorded.audioFileName()).isEqualTo("speech.wav");
        assertThat(recorded.audioContentType()).isEqualTo("audio/wav");
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(1);
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.ANY)).isEqualTo(2);
    }

    @Test
    void sttHears8KhzPhoneAudioAsWavOrAsRawPcmInJson() throws Exception {
        String text = "8 kHz: téléphone";
        byte[] pcm = Resampler.resample(Wav.pcmData(SANDBOX.sandbox().engine().synthesize(text, null)), 16_000, 8_000);
        ByteBuffer wav = ByteBuffer.allocate(Wav.HEADER_BYTES + pcm.length);
        Wav.writeHeader(wav, pcm.length, 8_000);
        wav.put(pcm);

        HttpResponse<byte[]> fromWav = client.stt(new Multipart().file("audio", "call.wav", "audio/wav", wav.array()));
        String base64 = Base64.getEncoder().encodeToString(pcm);
        HttpResponse<byte[]> fromJson = SandboxClient.send(client.authorized("/v1/bridges/unmute/stt/" + SandboxClient.STT_MODEL)
                .header("Content-Type", "application/json").POST(body("{\"audio\":\"" + base64 + "\",\"sample_rate\":8000}")).build());

        assertThat(List.of(fromWav, fromJson)).extracting(r -> r.statusCode() + " "
                + SandboxClient.json(r).path("alternatives").path(0).path("transcript").asText()).containsOnly("200 " + text);
    }

    @Test
    void keepsRawUtf8FileNamesIntact() throws Exception {
        // RFC 7578: the name goes as raw UTF-8 in filename="...", never as filename*; the Multipart helper writes UTF-8
        String name = "r\u00e9union-\u65e5\u672c.wav";
        HttpResponse<byte[]> response = client.stt(new Multipart().file("audio", name, "audio/wav",
                SANDBOX.sandbox().engine().synthesize("utf-8 name", null)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().requests().last().audioFileName()).isEqualTo(name);
    }

    @Test
    void sttAcceptsBase64JsonAndDefaultsTheLanguage() throws Exception {
        String audio = Base64.getEncoder().encodeToString(SANDBOX.sandbox().engine().synthesize("json body", null));
        HttpResponse<byte[]> response = SandboxClient.send(client.authorized("/v1/bridges/unmute/stt/deepgram/nova:3")
                .header("Content-Type", "application/json").POST(body("{\"audio\":\"" + audio + "\",\"sample_rate\":16000}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(response).path("alternatives").path(0).path("transcript").asText()).isEqualTo("json body");
        assertThat(SandboxClient.json(response).path("language").asText()).isEqualTo("en");
    }

    @Test
    void rejectsMissingOrWrongKeysAndAcceptsTheAlternativeForms() throws Exception {
        String path = "/v1/bridges/unmute/tts/" + SandboxClient.TTS_MODEL;
        HttpResponse<byte[]> missing = SandboxClient.send(client.request(path).POST(body("{\"text\":\"hi\"}")).build());
        HttpResponse<byte[]> wrong = SandboxClient.send(client.request(path).header("Authorization", "Bearer nope")
                .POST(body("{\"text\":\"hi\"}")).build());
        HttpResponse<byte[]> apiKey = SandboxClient.send(client.request(path).header("X-API-Key", SANDBOX.apiKey())
                .POST(body("{\"text\":\"hi\"}")).build());
        HttpResponse<byte[]> token = SandboxClient.send(client.request(path + "?token=" + SANDBOX.apiKey() + "&region=eu-north-1")
                .POST(body("{\"text\":\"hi\"}")).build());

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Unauthorized\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(apiKey.statusCode()).isEqualTo(200);
        assertThat(token.statusCode()).isEqualTo(200);
        RecordedRequest last = SANDBOX.sandbox().requests().last();
        assertThat(last.query()).containsEntry("region", "eu-north-1").doesNotContainKey("token");
        assertThat(SANDBOX.sandbox().requests().all()).extracting(RecordedRequest::authenticated).containsExactly(false, false, true, true);
    }

    @Test
    void validatesTtsRequests() throws Exception {
        assertValidationError(tts(SandboxClient.TTS_MODEL, "{\"voice\":\"x\"}"), "Missing required field: text");
        assertValidationError(tts(SandboxClient.TTS_MODEL, "{\"text\":\"  \"}"), "Missing required field: text");
        assertValidationError(tts(SandboxClient.TTS_MODEL, "not json"), "Body must be a JSON object");
        assertValidationError(tts("deepgram", "{\"text\":\"hi\"}"), "Invalid model identifier: deepgram");
        assertValidationError(tts("slng/deepgram/aura%3A2-en", "{\"text\":\"hi\"}"), "Invalid model identifier: slng/deepgram/aura%3A2-en");
        assertValidationError(tts("slng/-bad/aura:2", "{\"text\":\"hi\"}"), "Invalid model identifier: slng/-bad/aura:2");
        assertThat(tts("slng/fish/tts:s2.1-pro", "{\"text\":\"hi\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsByokOnSlngHostedModels() throws Exception {
        String text = "{\"text\":\"hi\"}";
        HttpResponse<byte[]> hosted = SandboxClient.send(client.authorized("/v1/bridges/unmute/tts/slng/deepgram/aura:2-en")
                .header("X-Slng-Provider-Key", "provider-secret").POST(body(text)).build());
        HttpResponse<byte[]> external = SandboxClient.send(client.authorized("/v1/bridges/unmute/tts/deepgram/aura:2")
                .header("X-Slng-Provider-Key", "provider-secret").POST(body(text)).build());

        assertThat(hosted.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.json(hosted).path("error").asText()).isEqualTo("BYOK is only supported for external STT/TTS routes");
        assertThat(external.statusCode()).isEqualTo(200);
        assertThat(SANDBOX.sandbox().requests().last().hasProviderKey()).isTrue();
        assertThat(SANDBOX.sandbox().requests().last().header("X-Slng-Provider-Key")).isNull();
    }

    @Test
    void validatesSttRequests() throws Exception {
        byte[] audio = SANDBOX.sandbox().engine().synthesize("x", null);
        assertValidationError(client.stt(new Multipart().field("language", "en")), "Missing required field: audio");
        assertValidationError(client.stt(new Multipart().field("sample_rate", "44100").file("audio", "a.wav", "audio/wav", audio)),
                "Invalid sample_rate: 44100");
        assertValidationError(client.stt(new Multipart().field("encoding", "flac").file("audio", "a.wav", "audio/wav", audio)),
                "Invalid encoding: flac");
        HttpResponse<byte[]> url = SandboxClient.send(client.authorized("/v1/bridges/unmute/stt/" + SandboxClient.STT_MODEL)
                .header("Content-Type", "application/json").POST(body("{\"url\":\"https://docs.slng.ai/audio/hello.wav\"}")).build());
        assertValidationError(url, "url input is not supported by the sandbox");
        HttpResponse<byte[]> agent = SandboxClient.send(client.authorized("/v1/bridges/unmute/tts/" + SandboxClient.TTS_MODEL)
                .header("X-SLNG-Agent-Id", "a,b").POST(body("{\"text\":\"hi\"}")).build());
        assertThat(agent.statusCode()).isEqualTo(400);
    }

    @Test
    void answersUnknownPathsWith404() throws Exception {
        HttpResponse<byte[]> response = client.get("/v1/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SandboxClient.json(response).path("error").asText()).isEqualTo("Not found");
        assertThat(SANDBOX.sandbox().requests().last().route()).isEqualTo(SandboxRoute.UNMATCHED);
    }

    @Test
    void servesRawPcmWhenConfigured() throws Exception {
        try (SlngSandbox pcmSandbox = SlngSandbox.builder().apiKey("pcm-key").ttsContentType("audio/pcm").build().start()) {
            HttpResponse<byte[]> response = new SandboxClient(pcmSandbox).tts("raw");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/pcm");
            assertThat(response.body()).isEqualTo(Wav.pcmData(pcmSandbox.engine().synthesize("raw", null)));
        }
    }

    private HttpResponse<byte[]> tts(String model, String json) throws Exception {
        return SandboxClient.send(client.authorized("/v1/bridges/unmute/tts/" + model).header("Content-Type", "application/json")
                .POST(body(json)).build());
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static void assertValidationError(HttpResponse<byte[]> response, String details) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
        assertThat(SandboxClient.json(response).path("error").asText()).isEqualTo("Validation error");
        assertThat(SandboxClient.json(response).path("details").asText()).isEqualTo(details);
    }
}
