package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surefire runs the tests with a small heap (see the pom), so this upload only passes if neither side buffers it.
 */
class LargeUploadTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    @Test
    void streamsA122MibUploadThroughTheTranscriber() throws Exception {
        long silence = 640L * 200_000;
        byte[] tail = SANDBOX.sandbox().engine().synthesize("after the silence", null);
        // an "unknown length" WAV header, then silence, then speech: symbols stay aligned as 640 divides the silence
        byte[] header = Arrays.copyOf(tail, 44);
        Arrays.fill(header, 40, 44, (byte) 0xFF);
        InputStream wav = new SequenceInputStream(new ByteArrayInputStream(header), new SequenceInputStream(
                new ZeroInputStream(silence), new ByteArrayInputStream(tail, 44, tail.length - 44)));

        HttpResponse<byte[]> response = new SandboxClient(SANDBOX.sandbox()).stt(new Multipart()
                .file("audio", "long.wav", "audio/wav", () -> wav));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(response).path("alternatives").path(0).path("transcript").asText()).isEqualTo("after the silence");
        assertThat(SANDBOX.sandbox().requests().last().audioBytes()).isEqualTo(silence + tail.length);
    }
}
