package dev.camelslng.component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.component.operation.AudioUpload;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.http.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.converter.stream.InputStreamCache;
import org.apache.camel.support.DefaultMessage;
import org.apache.hc.core5.http.HttpEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audio part's file name and type on the wire. Where the audio is not real speech, only what the sandbox recorded is
 * checked: a server may refuse audio it cannot decode.
 */
class AudioUploadTest extends SlngTestSupport {

    private static final String UTF8_NAME = "réunion-日本.wav";

    @TempDir
    Path folder;

    @Test
    void aUtf8FileNameArrivesIntact() throws Exception {
        File file = Files.write(folder.resolve(UTF8_NAME), speech("bonjour")).toFile();

        assertThat(template.requestBody("slng:stt", file, String.class)).isEqualTo("bonjour");

        assertThat(sandbox().requests().last().audioFileName()).isEqualTo(UTF8_NAME);
        assertThat(sandbox().requests().last().audioContentType()).isEqualTo("audio/wav");
    }

    @Test
    void aBatchSubmitCarriesAUtf8FileNameAndUtf8TextFields() throws Exception {
        String config = "{\"language\":\"de\",\"additional_vocab\":[{\"content\":\"Zürich 東京\"}]}";
        Path file = Files.write(folder.resolve(UTF8_NAME), speech("grüezi"));

        Exchange exchange = template.send("slng:batch-stt", e -> {
            e.getMessage().setBody(file);
            e.getMessage().setHeader(SlngConstants.TRANSCRIPTION_CONFIG, config);
        });

        assertThat(exchange.getException()).isNull();
        RecordedRequest submit = sandbox().requests().on(SandboxRoute.BATCH_SUBMIT).get(0);
        assertThat(submit.audioFileName()).isEqualTo(UTF8_NAME);
        assertThat(new ObjectMapper().readTree(submit.formAttributes().get("transcription_config")))
                .isEqualTo(new ObjectMapper().readTree(config));
    }

    @Test
    void theWireCarriesTheNameAsRawUtf8AndNoFilenameStar() throws Exception {
        Message message = new DefaultMessage(context);
        message.setBody(Files.write(folder.resolve(UTF8_NAME), speech("on the wire")));
        AudioUpload audio = AudioUpload.of(message, "stt", null);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();

        HttpEntity entity = AudioUpload.form().addPart(audio.part("audio")).addTextBody("language", "Zürich 東京").build();
        entity.writeTo(wire);

        assertThat(entity.getContentType()).startsWith("multipart/form-data; charset=UTF-8; boundary=");

        String text = wire.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Content-Disposition: form-data; name=\"audio\"; filename=\"" + UTF8_NAME + "\"\r\n"
                                  + "Content-Type: audio/wav\r\n")
                .contains("Content-Disposition: form-data; name=\"language\"\r\n\r\nZürich 東京\r\n")
                .doesNotContain("filename*");
    }

    @ParameterizedTest
    @CsvSource({
        "52494646240000005741564566, , audio.wav, audio/wav",
        "494433040000, , audio.mp3, audio/mpeg",
        "fffb9064, , audio.mp3, audio/mpeg",
        "fff15080, , audio.aac, audio/aac",
        "4f67675300020000, , audio.ogg, audio/ogg",
        "664c614300000022, , audio.flac, audio/flac",
        "0102030405060708, mp3, audio.mp3, audio/mpeg",
        "0102030405060708, opus, audio.ogg, audio/ogg",
        "0102030405060708, linear16, audio.pcm, audio/pcm",
        "0102030405060708, , audio.wav, audio/wav",
        "494433040000, opus, audio.mp3, audio/mpeg"})
    void unnamedBytesAreLabelledByTheirMagicBytesThenTheEncoding(String head, String encoding, String name, String type) {
        byte[] audio = Arrays.copyOf(HexFormat.of().parseHex(head), 256);

        send("slng:stt" + (encoding == null ? "" : "?encoding=" + encoding), audio);

        assertThat(sandbox().requests().last().audioFileName()).isEqualTo(name);
        assertThat(sandbox().requests().last().audioContentType()).isEqualTo(type);
    }

    @Test
    void linear16WithAWavHeaderIsSentAsWav() {
        assertThat(template.requestBody("slng:stt?encoding=linear16", speech("still a wav"), String.class))
                .isEqualTo("still a wav");

        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("audio.wav");
        assertThat(sandbox().requests().last().audioContentType()).isEqualTo("audio/wav");
    }

    @Test
    void anAudioContentTypeNamesBytesThatAreNotRecognised() {
        template.send("slng:stt", e -> {
            e.getMessage().setBody(new byte[] {1, 2, 3, 4});
            e.getMessage().setHeader(Exchange.CONTENT_TYPE, "audio/mpeg");
        });

        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("audio.mp3");
        assertThat(sandbox().requests().last().audioContentType()).isEqualTo("audio/mpeg");
    }

    @Test
    void streamsAreRecognisedWithoutLosingAByte() {
        byte[] speech = speech("not a byte lost");
        byte[] ogg = Arrays.copyOf("OggS".getBytes(StandardCharsets.US_ASCII), 64);

        assertThat(template.requestBody("slng:stt", new ByteArrayInputStream(speech), String.class))
                .isEqualTo("not a byte lost");
        assertThat(sandbox().requests().last().audioBytes()).isEqualTo(speech.length);
        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("audio.wav");

        send("slng:stt", new ByteArrayInputStream(ogg));
        assertThat(sandbox().requests().last().audioFileName()).isEqualTo("audio.ogg");
        assertThat(sandbox().requests().last().audioBytes()).isEqualTo(ogg.length);

        assertThat(template.requestBody("slng:stt", new InputStreamCache(speech), String.class))
                .isEqualTo("not a byte lost");
        assertThat(sandbox().requests().last().audioBytes()).isEqualTo(speech.length);
    }

    @Test
    void emptyAudioIsRefusedBeforeAnythingIsSent() throws Exception {
        File empty = Files.createFile(folder.resolve("empty.wav")).toFile();

        assertThat(send("slng:stt", empty).getException()).isInstanceOf(SlngException.class)
                .hasMessage("slng:stt got empty audio (0 bytes) in file " + empty + ": nothing was sent");
        assertThat(send("slng:stt", new byte[0]).getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("got empty audio (0 bytes) in the byte[] body");
        assertThat(send("slng:stt", new ByteArrayInputStream(new byte[0])).getException())
                .isInstanceOf(SlngException.class).hasMessageContaining("got empty audio (0 bytes) in the InputStream body");
        assertThat(send("slng:stt", new InputStreamCache(new byte[0])).getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("got empty audio (0 bytes) in the stream cache body");
        assertThat(send("slng:batch-stt", new byte[0]).getException()).isInstanceOf(SlngException.class)
                .hasMessageStartingWith("slng:batch-stt got empty audio (0 bytes)");

        assertThat(sandbox().requests().all()).isEmpty();
    }
}
