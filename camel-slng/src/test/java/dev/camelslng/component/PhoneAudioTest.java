package dev.camelslng.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.component.audio.G711;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * G.711 phone audio: text to µ-law and A-law out of tts-stream (the 8 kHz PCM SLNG sends, encoded as a reference codec
 * does), µ-law in to stt-stream and stt (decoded before it is sent) and back to the same text; a Twilio Media Streams
 * call, as Twilio sends its JSON messages, transcribed through a drop.
 */
class PhoneAudioTest extends StreamTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAID = "your call is important to us";
    private final List<Message> finals = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a Twilio <Stream> posts JSON text frames: connected, start, media (base64 µ-law, 20 ms each), stop
                from("direct:twilio")
                        .process(PhoneAudioTest::twilioMessage)
                        .filter(header("CamelSlngStreamId").isNotNull())
                        .to("slng:stt-stream:phone?encoding=mulaw");
                from("slng:stt-stream:phone?events=final").process(e -> finals.add(e.getMessage().copy()));
            }
        };
    }

    @Test
    void ttsStreamSpeaksMulawAndAlawAsTheReferenceCodecEncodesItsPcm() {
        byte[] pcm = template.requestBody("slng:tts-stream:pcm?replyWithResult=true&sampleRate=8000", SAID, byte[].class);

        for (G711 law : G711.values()) {
            Exchange reply = template.request("slng:tts-stream:" + law.encoding() + "?replyWithResult=true&encoding="
                                              + law.encoding(), e -> e.getMessage().setBody(SAID));
            assertThat(reply.getMessage().getBody(byte[].class)).as(law.encoding()).isEqualTo(law.encode(pcm));
            assertThat(reply.getMessage().getHeader(SlngConstants.ENCODING)).isEqualTo(law.encoding());
            assertThat(reply.getMessage().getHeader(SlngConstants.SAMPLE_RATE)).as("phone audio's rate by default")
                    .isEqualTo(8000);
        }
        assertThat(pcm.length).as("8 kHz: half the samples of the engine's 16 kHz speech").isEqualTo(pcm(SAID).length / 4 * 2);
    }

    @Test
    void mulawInComesBackAsTheTextOverTheStreamAndOverHttp() {
        byte[] mulaw = template.requestBody("slng:tts-stream:out?replyWithResult=true&encoding=mulaw", SAID, byte[].class);

        String streamed = template.requestBody("slng:stt-stream:in?replyWithResult=true&encoding=mulaw", mulaw, String.class);
        String uploaded = template.requestBody("slng:stt?encoding=mulaw", mulaw, String.class);

        assertThat(streamed).isEqualTo(SAID);
        assertThat(uploaded).isEqualTo(SAID);
    }

    @Test
    void httpTtsRefusesPhoneAudioAtStartPointingToTheStream() {
        assertThatThrownBy(() -> template.requestBody("slng:tts?encoding=alaw", "hello"))
                .hasStackTraceContaining("slng:tts cannot give encoding=alaw")
                .hasStackTraceContaining("slng:tts-stream?encoding=alaw&replyWithResult=true");
    }

    @Test
    void aTwilioMediaStreamIsTranscribedThroughADrop() throws Exception {
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(20));
        byte[] mulaw = G711.MULAW.encode(SttStreamTest.concat(pcm8k("first thing i said"), pcm8k("then the second")));
        send(Map.of("event", "connected", "protocol", "Call", "version", "1.0.0"));
        send(Map.of("event", "start", "sequenceNumber", "1", "streamSid", "MZ18ad3ab5a668481ce02b83e7395059f0",
                "start", Map.of("streamSid", "MZ18ad3ab5a668481ce02b83e7395059f0", "callSid", "CA0123456789abcdef",
                        "tracks", List.of("inbound"), "mediaFormat", Map.of("encoding", "audio/x-mulaw", "sampleRate", 8000,
                                "channels", 1))));
        int chunk = 0;
        for (int offset = 0; offset < mulaw.length; offset += 160) {
            byte[] media = Arrays.copyOfRange(mulaw, offset, Math.min(mulaw.length, offset + 160));
            send(Map.of("event", "media", "sequenceNumber", String.valueOf(chunk + 2), "streamSid",
                    "MZ18ad3ab5a668481ce02b83e7395059f0", "media", Map.of("track", "inbound", "chunk", String.valueOf(++chunk),
                            "timestamp", String.valueOf(chunk * 20), "payload", Base64.getEncoder().encodeToString(media))));
        }
        send(Map.of("event", "stop", "streamSid", "MZ18ad3ab5a668481ce02b83e7395059f0",
                "stop", Map.of("callSid", "CA0123456789abcdef")));

        await().atMost(Duration.ofSeconds(15)).until(() -> finals.stream().anyMatch(m -> m.getBody(String.class).isEmpty()));
        assertThat(finals).extracting(m -> m.getBody(String.class)).containsExactly("first thing i said", "then the second", "");
        assertThat(finals).allSatisfy(m -> assertThat(m.getHeader(SlngConstants.STREAM_ID))
                .isEqualTo("MZ18ad3ab5a668481ce02b83e7395059f0"));
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).as("a drop, then the replay").hasSize(2);
    }

    private void send(Map<String, Object> message) throws Exception {
        template.sendBody("direct:twilio", JSON.writeValueAsString(message));
    }

    /** One Twilio message into what slng:stt-stream takes: media as µ-law bytes, stop as close, the rest as nothing. */
    private static void twilioMessage(Exchange exchange) throws Exception {
        JsonNode message = JSON.readTree(exchange.getMessage().getBody(String.class));
        Message out = exchange.getMessage();
        out.setBody(null);
        out.setHeader(SlngConstants.STREAM_ID, message.path("streamSid").asText(null));
        switch (message.path("event").asText()) {
            case "media" -> out.setBody(Base64.getDecoder().decode(message.path("media").path("payload").asText()));
            case "stop" -> out.setHeader(SlngConstants.STREAM_COMMAND, "close");
            default -> out.removeHeader(SlngConstants.STREAM_ID);
        }
    }

    /** The sandbox's speech for {@code text} as 8 kHz 16-bit PCM, as its TTS bridge sends it at sampleRate=8000. */
    private byte[] pcm8k(String text) {
        return template.requestBody("slng:tts-stream:pcm?replyWithResult=true&sampleRate=8000", text, byte[].class);
    }
}
