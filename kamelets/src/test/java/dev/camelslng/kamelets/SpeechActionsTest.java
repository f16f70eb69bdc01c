package dev.camelslng.kamelets;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConfiguration;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.http.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** slng-text-to-speech-action and slng-speech-to-text-action in YAML routes. */
class SpeechActionsTest extends KameletTestSupport {

    private static final String ROUND_TRIP = """
            - route:
                from:
                  uri: direct:round-trip
                  steps:
                    - to:
                        uri: kamelet:slng-text-to-speech-action
                        parameters:
                          apiKey: "@apiKey@"
                          baseUrl: "@baseUrl@"
                          voice: aura-2-luna-en
                    - to:
                        uri: kamelet:slng-speech-to-text-action
                        parameters:
                          apiKey: "@apiKey@"
                          baseUrl: "@baseUrl@"
                          language: en
            """;

    private static final String SPEAK = """
            - route:
                from:
                  uri: direct:speak
                  steps:
                    - to: "kamelet:slng-text-to-speech-action?apiKey=@apiKey@&baseUrl=@baseUrl@"
            """;

    private static final String NO_PROPERTIES = """
            - route:
                from:
                  uri: direct:round-trip
                  steps:
                    - to: kamelet:slng-text-to-speech-action
                    - to: kamelet:slng-speech-to-text-action
            """;

    @Test
    void textToSpeechThenSpeechToTextGivesTheTextBack() throws Exception {
        loadRoutes("round-trip.yaml", ROUND_TRIP);

        assertThat(template.requestBody("direct:round-trip", "kamelets speak and listen", String.class))
                .isEqualTo("kamelets speak and listen");
        RecordedRequest tts = sandbox().requests().on(SandboxRoute.TTS).get(0);
        RecordedRequest stt = sandbox().requests().on(SandboxRoute.STT).get(0);
        assertThat(tts.authenticated()).isTrue();
        assertThat(tts.jsonBody().path("voice").asText()).isEqualTo("aura-2-luna-en");
        assertThat(stt.authenticated()).isTrue();
        assertThat(stt.formAttributes()).containsEntry("language", "en");
    }

    @Test
    void textToSpeechGivesAudioWithItsContentType() throws Exception {
        loadRoutes("speak.yaml", SPEAK);

        Exchange spoken = template.request("direct:speak", e -> e.getMessage().setBody("hello"));

        assertThat(spoken.getException()).isNull();
        assertThat(spoken.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("audio/");
        assertThat(spoken.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
    }

    @Test
    void propertiesLeftUnsetLeaveTheComponentsSettings() throws Exception {
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setBaseUrl(SANDBOX.baseUrl());
        defaults.setApiKey(API_KEY);
        loadRoutes("component-settings.yaml", NO_PROPERTIES);

        assertThat(template.requestBody("direct:round-trip", "set once on the component", String.class))
                .isEqualTo("set once on the component");
    }
}
