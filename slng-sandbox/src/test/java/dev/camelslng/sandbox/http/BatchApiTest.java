package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BatchApiTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final String CONFIG = "{\"language\":\"en\",\"operating_point\":\"enhanced\"}";

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void submitsPollsAndDownloadsResults() throws Exception {
        HttpResponse<byte[]> submitted = submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "job42")
                .field("metadata", "{\"ticket\":7}").file("file", "call.wav", "audio/wav", audio("hello batch world")));
        assertThat(submitted.statusCode()).isEqualTo(202);
        assertThat(SandboxClient.json(submitted).toString()).isEqualTo("{\"job_id\":\"job42\",\"status\":\"QUEUED\"}");

        assertThat(client.get("/v1/batch/jobs/job42/files").statusCode()).isEqualTo(409);
        assertThat(status("job42").path("status").asText()).isEqualTo("QUEUED");
        assertThat(status("job42").path("status").asText()).isEqualTo("IN_PROGRESS");
        JsonNode done = status("job42");
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("model_code").asText()).isEqualTo("slng/speechmatics/batch:15.0.0");
        assertThat(done.path("job_config").path("transcription_config").path("operating_point").asText()).isEqualTo("enhanced");
        assertThat(done.path("input_metadata").path("format").asText()).isEqualTo("wav");
        assertThat(done.path("input_metadata").path("source").asText()).isEqualTo("upload");
        assertThat(done.path("completed_at").asText()).isNotBlank();

        JsonNode files = SandboxClient.json(client.get("/v1/batch/jobs/job42/files"));
        assertThat(files.path("outputs")).hasSize(2);
        String txtUrl = files.path("outputs").path(0).path("download_url").asText();
        String jsonUrl = files.path("outputs").path(1).path("download_url").asText();
        assertThat(txtUrl).startsWith(SANDBOX.baseUrl() + "/_sandbox/downloads/job42.txt?X-Amz-Signature=");

        HttpResponse<byte[]> txt = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl)).build());
        assertThat(txt.statusCode()).isEqualTo(200);
        assertThat(new String(txt.body(), StandardCharsets.UTF_8)).isEqualTo("hello batch world");
        JsonNode json = SandboxClient.json(SandboxClient.send(HttpRequest.newBuilder(URI.create(jsonUrl)).build()));
        assertThat(json.path("results")).hasSize(3);
        assertThat(json.path("results").path(1).path("alternatives").path(0).path("content").asText()).isEqualTo("batch");
        assertThat(json.path("results").path(0).path("start_time").asDouble()).isEqualTo(0.1);

        HttpResponse<byte[]> withAuth = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl))
                .header("Authorization", "Bearer " + SANDBOX.apiKey()).build());
        assertThat(withAuth.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.json(withAuth).path("error").asText()).isEqualTo("Only one auth mechanism allowed");
        HttpResponse<byte[]> unsigned = SandboxClient.send(HttpRequest.newBuilder(URI.create(txtUrl.replaceAll("\\?.*", ""))).build());
        assertThat(unsigned.statusCode()).isEqualTo(403);
    }

    @Test
    void failsJobsOnDemandAndOnEmptyAudio() throws Exception {
        submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "doomed")
                .file("file", "a.wav", "audio/wav", audio("x")));
        submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "empty")
                .file("file", "e.wav", "audio/wav", new byte[0]));
        SANDBOX.sandbox().faults().add(Fault.on(SandboxRoute.BATCH_STATUS).jobFails("Audio could not be decoded").times(1));

        status("doomed");
        status("doomed");
        JsonNode failed = status("doomed");
        status("empty");
        status("empty");
        JsonNode empty = status("empty");

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error_message").asText()).isEqualTo("Audio could not be decoded");
        assertThat(empty.path("status").asText()).isEqualTo("FAILED");
        assertThat(empty.path("error_message").asText()).isEqualTo("Empty audio");
    }

    @Test
    void validatesSubmissionsAndLookups() throws Exception {
        byte[] audio = audio("v");
        assertThat(submit(new Multipart().file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", "[1]").file("file", "a.wav", "audio/wav", audio)).statusCode())
                .isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "bad-id")
                .file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(400);
        assertThat(submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "twice")
                .file("file", "a.wav", "audio/wav", audio)).statusCode()).isEqualTo(202);
        HttpResponse<byte[]> duplicate = submit(new Multipart().field("transcription_config", CONFIG).field("job_id", "twice")
                .file("file", "a.wav", "audio/wav", audio));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(SandboxClient.json(duplicate).path("error").asText()).isEqualTo("Job already exists");

        HttpResponse<byte[]> unknown = client.get("/v1/batch/jobs/nothere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(SandboxClient.json(unknown).path("error").asText()).isEqualTo("Job not found");
        assertThat(SandboxClient.send(client.request("/v1/batch/jobs/twice").build()).statusCode()).isEqualTo(401);
    }

    @Test
    void listsJobsWithPaging() throws Exception {
        for (int i = 0; i < 3; i++) {
            submit(new Multipart().field("transcription_config", CONFIG).file("file", "a.wav", "audio/wav", audio("n" + i)));
        }

        JsonNode page = SandboxClient.json(client.get("/v1/batch/jobs?page=2&page_size=2"));

        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("meta").toString()).isEqualTo("{\"page\":2,\"page_size\":2,\"total\":3,\"pages\":2}");
        assertThat(client.get("/v1/batch/jobs?page_size=500").statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> submit(Multipart body) throws Exception {
        return SandboxClient.send(client.authorized("/v1/batch/jobs").header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    private JsonNode status(String id) throws Exception {
        HttpResponse<byte[]> response = client.get("/v1/batch/jobs/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return SandboxClient.json(response);
    }

    private static byte[] audio(String text) {
        return SANDBOX.sandbox().engine().synthesize(text, null);
    }
}
