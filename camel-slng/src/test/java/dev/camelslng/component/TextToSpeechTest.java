package dev.camelslng.component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.camelslng.sandbox.http.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextToSpeechTest extends SlngTestSupport {

    @Test
    void speaksTheBodyAndTheAudioTranscribesBack() {
        Exchange tts = send("slng:tts", "the meeting is at three thirty");

        assertThat(tts.getException()).isNull();
        byte[] audio = tts.getMessage().getBody(byte[].class);
        assertThat(tts.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).isEqualTo("audio/wav");
        assertThat(tts.getMessage().getHeader(SlngConstants.REQUEST_ID, String.class)).startsWith("req_");
        RecordedRequest request = sandbox().requests().last();
        assertThat(request.path()).isEqualTo("/v1/bridges/unmute/tts/slng/deepgram/aura:2-en");
        assertThat(request.jsonBody().path("text").asText()).isEqualTo("the meeting is at three thirty");
        assertThat(request.jsonBody().has("voice")).isFalse();

        assertThat(template.requestBody("slng:stt", audio, String.class)).isEqualTo("the meeting is at three thirty");
    }

    @Test
    void acceptsTextInAnyBodyCamelConvertsToString() {
        byte[] fromBytes = template.requestBody("slng:tts", "bytes of text".getBytes(StandardCharsets.UTF_8), byte[].class);
        byte[] fromStream = template.requestBody("slng:tts",
                new ByteArrayInputStream("a stream of text".getBytes(StandardCharsets.UTF_8)), byte[].class);
        byte[] fromBuilder = template.requestBody("slng:tts", new StringBuilder("a builder of text"), byte[].class);

        assertThat(template.requestBody("slng:stt", fromBytes, String.class)).isEqualTo("bytes of text");
        assertThat(template.requestBody("slng:stt", fromStream, String.class)).isEqualTo("a stream of text");
        assertThat(template.requestBody("slng:stt", fromBuilder, String.class)).isEqualTo("a builder of text");
    }

    @Test
    void endpointOptionsShapeTheRequest() {
        template.requestBody("slng:tts?model=deepgram/aura:2&voice=aura-2-luna-en&region=eu-north-1"
                             + "&worldPartOverride=eu&agentId=agent-7&sessionId=call-42",
                "hello", byte[].class);

        RecordedRequest request = sandbox().requests().last();
        assertThat(request.path()).isEqualTo("/v1/bridges/unmute/tts/deepgram/aura:2");
        assertThat(request.jsonBody().path("voice").asText()).isEqualTo("aura-2-luna-en");
        assertThat(request.header("X-Region-Override")).isEqualTo("eu-north-1");
        assertThat(request.header("X-World-Part-Override")).isEqualTo("eu");
        assertThat(request.header("X-SLNG-Agent-Id")).isEqualTo("agent-7");
        assertThat(request.header("X-SLNG-Session-Id")).isEqualTo("call-42");
    }

    @Test
    void headersWinOverEndpointOptions() {
        byte[] audio = template.requestBodyAndHeaders("slng:tts?voice=aura-2-luna-en&model=slng/deepgram/aura:2-en",
                "hola", Map.of(SlngConstants.MODEL, "slng/deepgram/aura:2-es", SlngConstants.VOICE, "aura-2-celeste-es",
                        SlngConstants.REGION, "us-east-1"),
                byte[].class);

        assertThat(audio).isEqualTo(sandbox().engine().synthesize("hola", "aura-2-celeste-es"));
        RecordedRequest request = sandbox().requests().last();
        assertThat(request.path()).isEqualTo("/v1/bridges/unmute/tts/slng/deepgram/aura:2-es");
        assertThat(request.jsonBody().path("voice").asText()).isEqualTo("aura-2-celeste-es");
        assertThat(request.header("X-Region-Override")).isEqualTo("us-east-1");
    }

    @Test
    void operationHeaderSwitchesToSpeechToText() {
        String transcript = template.requestBodyAndHeader("slng:tts", speech("switched"), SlngConstants.OPERATION, "stt",
                String.class);

        assertThat(transcript).isEqualTo("switched");
    }

    @Test
    void emptyTextIsRefusedBeforeSending() {
        Exchange exchange = send("slng:tts", "  ");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("needs the text to speak");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void aBodyThatIsNotTextIsRefusedBeforeSending() {
        Exchange exchange = send("slng:tts", Map.of("text", "hello"));

        assertThat(exchange.getException()).isInstanceOf(SlngException.class)
                .hasMessageContaining("needs the text to speak").hasMessageContaining("java.util.");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void overrideHeadersApplyToOneStepOnly() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chain").setHeader(SlngConstants.MODEL, constant("slng/deepgram/aura:2-es"))
                        .setHeader(SlngConstants.VOICE, constant("aura-2-celeste-es"))
                        .to("slng:tts").to("slng:stt");
            }
        });

        Exchange exchange = template.send("direct:chain", ex -> ex.getMessage().setBody("hola y adios"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("hola y adios");
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(SlngConstants.MODEL, SlngConstants.VOICE,
                Exchange.CONTENT_TYPE);
        assertThat(sandbox().requests().all()).extracting(RecordedRequest::path).containsExactly(
                "/v1/bridges/unmute/tts/slng/deepgram/aura:2-es", "/v1/bridges/unmute/stt/slng/deepgram/nova:3-en");
    }

    @Test
    void anUnknownOperationNamesTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("slng:foo")).hasStackTraceContaining(
                "Unknown slng operation 'foo': use one of tts, stt, batch-stt");
    }
}
