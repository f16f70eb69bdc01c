package dev.camelslng.component.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchOutputsTest {

    @Test
    void findsOutputsInBothDocumentedShapes() throws Exception {
        JsonNode current = json("{\"outputs\":[{\"format\":\"json\",\"download_url\":\"https://s3/j\"},"
                                + "{\"format\":\"txt\",\"download_url\":\"https://s3/t\"}]}");
        JsonNode older = json("{\"outputs\":[{\"name\":\"transcript.TXT\",\"content_type\":\"text/plain\",\"url\":\"https://s3/o\"}]}");

        assertThat(BatchOutputs.downloadUrl(current, "txt")).contains("https://s3/t");
        assertThat(BatchOutputs.downloadUrl(current, "srt")).isEmpty();
        assertThat(BatchOutputs.downloadUrl(older, "txt")).contains("https://s3/o");
    }

    @Test
    void joinsSpeechmaticsWordsWithPunctuationAttached() throws Exception {
        JsonNode output = json("{\"results\":[{\"type\":\"word\",\"alternatives\":[{\"content\":\"Hello\"}]},"
                               + "{\"type\":\"punctuation\",\"alternatives\":[{\"content\":\",\"}]},"
                               + "{\"type\":\"word\",\"alternatives\":[{\"content\":\"world\"}]},"
                               + "{\"type\":\"punctuation\",\"alternatives\":[{\"content\":\".\"}]}]}");

        assertThat(BatchOutputs.transcriptOf(output)).isEqualTo("Hello, world.");
    }

    @Test
    void readsErrorMessagesAsTextOrEnvelope() throws Exception {
        assertThat(BatchOutputs.errorMessage(json("{\"error_message\":\"Audio too short\"}"))).isEqualTo("Audio too short");
        assertThat(BatchOutputs.errorMessage(json("{\"error_message\":{\"code\":\"E1\",\"message\":\"Bad codec\"}}")))
                .isEqualTo("Bad codec");
        assertThat(BatchOutputs.errorMessage(json("{}"))).isEqualTo("no reason given");
    }

    private static JsonNode json(String text) throws Exception {
        return SlngJson.MAPPER.readTree(text);
    }
}
