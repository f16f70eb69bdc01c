package dev.camelslng.component;

import java.util.HexFormat;
import java.util.Map;

import dev.camelslng.sandbox.http.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.converter.stream.InputStreamCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name and type an upload's audio part gets at the edges: bodies no longer than their magic bytes, the file name
 * headers Camel's file components set, a stream cache that a step before already read from.
 */
class AudioNamingTest extends SlngTestSupport {

    @ParameterizedTest
    @CsvSource({
        "fffb, audio.mp3, audio/mpeg",
        "4f676753, audio.ogg, audio/ogg",
        "494433, audio.mp3, audio/mpeg",
        "0102, audio.wav, audio/wav",
        "52, audio.wav, audio/wav"})
    void aBodyJustAsLongAsItsMagicBytesIsStillRecognised(String bytes, String name, String type) {
        send("slng:stt", HexFormat.of().parseHex(bytes));

        assertThat(uploaded().audioFileName()).isEqualTo(name);
        assertThat(uploaded().audioContentType()).isEqualTo(type);
        assertThat(uploaded().audioBytes()).isEqualTo(bytes.length() / 2);
    }

    @Test
    void withoutCamelFileNameOnlyThePathInCamelFileNameGivesTheName() {
        sendWithHeaders(Map.of(Exchange.FILE_NAME, "inbox/2026/call.mp3"));

        assertThat(uploaded().audioFileName()).isEqualTo("call.mp3");
        assertThat(uploaded().audioContentType()).isEqualTo("audio/mpeg");
    }

    @Test
    void camelFileNameOnlyWinsOverCamelFileName() {
        sendWithHeaders(Map.of(Exchange.FILE_NAME_ONLY, "call.flac", Exchange.FILE_NAME, "elsewhere/other.mp3"));

        assertThat(uploaded().audioFileName()).isEqualTo("call.flac");
        assertThat(uploaded().audioContentType()).isEqualTo("audio/flac");
    }

    @Test
    void aBlankFileNameCountsAsNoName() {
        sendWithHeaders(Map.of(Exchange.FILE_NAME_ONLY, " "));

        assertThat(uploaded().audioFileName()).as("sniffed: the body is a WAV").isEqualTo("audio.wav");
    }

    /** A step before (a log, a content-based router) read from the cache: the upload still starts at its first byte. */
    @Test
    void aStreamCacheReadPartWayIsSniffedAndSentFromItsStart() {
        byte[] wav = speech("from the very start");
        InputStreamCache cache = new InputStreamCache(wav);
        cache.skip(20);

        String transcript = template.requestBody("slng:stt?encoding=mp3", cache, String.class);

        assertThat(transcript).isEqualTo("from the very start");
        assertThat(uploaded().audioFileName()).as("the RIFF header was seen, not the encoding option").isEqualTo("audio.wav");
        assertThat(uploaded().audioBytes()).isEqualTo(wav.length);
    }

    private void sendWithHeaders(Map<String, Object> headers) {
        template.sendBodyAndHeaders("slng:stt", speech("named by its headers"), headers);
    }

    private RecordedRequest uploaded() {
        return sandbox().requests().last();
    }
}
