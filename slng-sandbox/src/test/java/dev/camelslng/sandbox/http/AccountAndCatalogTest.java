package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountAndCatalogTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void describesTheAccountOfAValidKeyOnly() throws Exception {
        HttpResponse<byte[]> me = client.get("/v1/me");
        HttpResponse<byte[]> missing = SandboxClient.send(client.request("/v1/me").build());
        HttpResponse<byte[]> wrong = SandboxClient.send(client.request("/v1/me").header("Authorization", "Bearer nope").build());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(me).properties()).extracting(entry -> entry.getKey())
                .containsExactly("name", "email", "org_id", "org_name", "api_key_label", "tier");
        assertThat(SandboxClient.json(me).path("tier").asText()).isNotBlank();
        for (HttpResponse<byte[]> refused : List.of(missing, wrong)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Unauthorized\"}");
        }
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.ME)).isEqualTo(3);
    }

    @Test
    void listsTheCatalogueInPagesWithoutAKey() throws Exception {
        JsonNode first = list("");
        JsonNode last = list("?page=3&page_size=20");

        int total = SANDBOX.sandbox().models().models().size();
        assertThat(first.path("meta").toString())
                .isEqualTo("{\"page\":1,\"page_size\":20,\"total\":" + total + ",\"pages\":" + (total + 19) / 20 + "}");
        assertThat(first.path("items")).hasSize(20);
        assertThat(last.path("items")).hasSize(total - 40);
        JsonNode aura = first.path("items").path(0);
        assertThat(aura.path("code").asText()).isEqualTo("slng/deepgram/aura:2-en");
        assertThat(aura.path("service_type").asText()).isEqualTo("tts");
        assertThat(aura.path("provider_code").asText()).isEqualTo("deepgram");
        assertThat(aura.path("hosted_by").asText()).isEqualTo("slng");
        assertThat(aura.path("streaming").asBoolean()).isTrue();
        assertThat(aura.path("batch").asBoolean()).isFalse();
        assertThat(aura.path("languages").toString()).isEqualTo("[\"en\"]");
        assertThat(aura.path("voices").path(0).path("voice_id").asText()).isEqualTo("aura-2-thalia-en");
        assertThat(aura.path("name").asText()).isNotBlank();
        assertThat(SANDBOX.sandbox().requests().last().authenticated()).isFalse();
    }

    @Test
    void filtersTheList() throws Exception {
        assertThat(codes(list("?service_type=stt&provider=deepgram&language=en"))).containsExactly("slng/deepgram/nova:3-en");
        assertThat(codes(list("?search=WHISPER&slng_hosted_only=true")))
                .containsExactly("slng/openai/whisper:large-v3", "slng/openai/whisper:large-v3-compressed");
        List<String> streamingStt = codes(list("?service_type=stt&protocol=wss&page_size=100"));
        assertThat(streamingStt).contains("deepgram/nova:3").doesNotContain("mistral/voxtral-mini:2507", "slng/speechmatics/batch:15.0.0");
        JsonNode batch = SandboxClient.json(client.get("/v1/catalog/models/slng/speechmatics/batch:15.0.0"));
        assertThat(batch.path("batch").asBoolean()).isTrue();
        assertThat(batch.path("streaming").asBoolean()).isFalse();
        assertThat(list("?region=eu-north-1&page_size=100").path("meta").path("total").asInt())
                .isEqualTo(SANDBOX.sandbox().models().models().size());
    }

    @Test
    void refusesUnsupportedOrOutOfRangeParameters() throws Exception {
        assertBadRequest("?foo=1", "Unsupported query parameter: foo");
        assertBadRequest("?page=0", "page must be between 1 and 10000");
        assertBadRequest("?page=10001", "page must be between 1 and 10000");
        assertBadRequest("?page=x", "page must be between 1 and 10000");
        assertBadRequest("?page_size=101", "page_size must be between 1 and 100");
        assertBadRequest("?service_type=llm", "service_type must be one of: stt, tts");
        assertBadRequest("?search=" + "s".repeat(201), "search must be at most 200 characters");
        assertThat(list("?page=10000").path("items")).isEmpty();
    }

    @Test
    void describesOneModelByItsCode() throws Exception {
        HttpResponse<byte[]> nova = client.get("/v1/catalog/models/deepgram/nova:3");
        HttpResponse<byte[]> unknown = client.get("/v1/catalog/models/acme/nope:1");
        HttpResponse<byte[]> malformed = client.get("/v1/catalog/models/nope");

        assertThat(nova.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(nova).path("hosted_by").asText()).isEqualTo("deepgram");
        assertThat(SandboxClient.json(nova).path("service_type").asText()).isEqualTo("stt");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Model not found\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(new String(malformed.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"Invalid model code\"}");
        assertThat(SANDBOX.sandbox().requests().count(SandboxRoute.CATALOG_MODEL)).isEqualTo(3);
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<byte[]> response = SandboxClient.send(client.request("/v1/catalog/models" + query).build());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return SandboxClient.json(response);
    }

    private void assertBadRequest(String query, String error) throws Exception {
        HttpResponse<byte[]> response = SandboxClient.send(client.request("/v1/catalog/models" + query).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.json(response).toString()).isEqualTo("{\"error\":\"" + error + "\"}");
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }
}
