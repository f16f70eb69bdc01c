package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.engine.Wav;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads the engine cannot decode are refused with the protocol's validation error instead of an empty transcript. */
class AudioUploadValidationTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final String DECODES = "; the sandbox decodes WAV (16-bit PCM) and raw linear16 PCM only";

    private final SandboxClient client = new SandboxClient(SANDBOX.sandbox());

    @Test
    void refusesEmptyAudioInMultipartAndJson() throws Exception {
        assertValidationError(client.stt(new Multipart().file("audio", "a.wav", "audio/wav", new byte[0])), "Empty audio: 0 bytes");
        HttpResponse<byte[]> json = SandboxClient.send(client.authorized("/v1/bridges/unmute/stt/" + SandboxClient.STT_MODEL)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"audio\":\"\"}")).build());
        assertValidationError(json, "Empty audio: 0 bytes");
    }

    @Test
    void refusesTextOtherContainersAndOtherWavEncodings() throws Exception {
        byte[] mp3 = "ID3\u0004\0\0\0\0\0\u0021 frames follow".getBytes(StandardCharsets.ISO_8859_1);

        assertValidationError(upload("notes.wav", "Caf\u00e9 notes, not a recording\n".getBytes(StandardCharsets.UTF_8), null),
                "Unsupported audio: the data is text, not audio");
        assertValidationError(upload("song.mp3", mp3, null), "Unsupported audio: MP3" + DECODES);
        assertValidationError(upload("float.wav", floatWav(), null), "Unsupported audio: WAV format 3 with 32 bits per sample" + DECODES);
        assertValidationError(upload("raw.bin", noise(), "mp3"), "Unsupported audio: encoding=mp3" + DECODES);
    }

    @Test
    void keepsTranscribingWavAndRawLinear16() throws Exception {
        byte[] pcm = Wav.pcmData(SANDBOX.sandbox().engine().synthesize("raw samples", null));

        assertThat(transcript(upload("raw.pcm", pcm, "linear16"))).isEqualTo("raw samples");
        assertThat(transcript(upload("raw.pcm", pcm, null))).isEqualTo("raw samples");
        assertThat(transcript(upload("speech.wav", SANDBOX.sandbox().engine().synthesize("a wav", null), "mp3"))).isEqualTo("a wav");
        assertThat(transcript(upload("noise.raw", noise(), null))).isEmpty();
    }

    private HttpResponse<byte[]> upload(String fileName, byte[] audio, String encoding) throws Exception {
        Multipart body = new Multipart();
        if (encoding != null) {
            body.field("encoding", encoding).field("sample_rate", "16000");
        }
        return client.stt(body.file("audio", fileName, "application/octet-stream", audio));
    }

    private static String transcript(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return SandboxClient.json(response).path("alternatives").path(0).path("transcript").asText();
    }

    /** A WAV header for 32-bit IEEE float samples, then a little data. */
    private static byte[] floatWav() {
        ByteBuffer wav = ByteBuffer.allocate(Wav.HEADER_BYTES + 64).order(ByteOrder.LITTLE_ENDIAN);
        Wav.writeHeader(wav, 64, 16_000);
        wav.putShort(20, (short) 3).putShort(34, (short) 32);
        return wav.array();
    }

    private static byte[] noise() {
        byte[] noise = new byte[32_000];
        new Random(11).nextBytes(noise);
        noise[0] = 0;
        return noise;
    }

    private static void assertValidationError(HttpResponse<byte[]> response, String details) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
        assertThat(SandboxClient.json(response).path("error").asText()).isEqualTo("Validation error");
        assertThat(SandboxClient.json(response).path("details").asText()).isEqualTo(details);
    }
}
