package dev.camelslng.sandbox;

import dev.camelslng.sandbox.engine.EngineKind;
import dev.camelslng.sandbox.engine.ToneSpeechEngine;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlngSandboxMainTest {

    @Test
    void configuresTheSandboxFromTheCommandLine() throws Exception {
        SlngSandboxMain.CommandLine command = SlngSandboxMain.parse(
                new String[]{"--port", "0", "--any-model", "--recorded-requests", "5", "--api-key", "cli-key"}, null);

        assertThat(command.keyChosen()).isTrue();
        assertThat(command.help()).isFalse();
        try (SlngSandbox sandbox = command.builder().build().start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sandbox.baseUrl() + "/v1/bridges/unmute/tts/acme/nope:1")).header("Authorization", "Bearer cli-key")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"any\"}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(sandbox.requests().capacity()).isEqualTo(5);
        }
    }

    @Test
    void takesTheKeyFromTheEnvironmentAndAnswersHelp() {
        SlngSandboxMain.CommandLine fromEnv = SlngSandboxMain.parse(new String[0], "env-key");

        assertThat(fromEnv.keyChosen()).isTrue();
        assertThat(fromEnv.builder().build().apiKey()).isEqualTo("env-key");
        assertThat(SlngSandboxMain.parse(new String[]{"--help"}, null).help()).isTrue();
        assertThat(SlngSandboxMain.parse(new String[0], " ").keyChosen()).isFalse();
        assertThat(SlngSandboxMain.parse(new String[]{"--binary-audio", "--utterance-end"}, null).help()).isFalse();
    }

    @Test
    void choosesTheEngineByNameWithTheToneEngineAsDefault() {
        assertThat(SlngSandboxMain.parse(new String[0], null).builder().build().engine()).isInstanceOf(ToneSpeechEngine.class);
        assertThat(SlngSandboxMain.parse(new String[]{"--engine", "TONE"}, null).builder().build().engine())
                .isInstanceOf(ToneSpeechEngine.class);
        assertThat(EngineKind.of("real")).isEqualTo(EngineKind.REAL);
    }

    @Test
    void refusesBadCommandLines() {
        assertThatThrownBy(() -> SlngSandboxMain.parse(new String[]{"--nope"}, null)).hasMessage("Unknown option --nope");
        assertThatThrownBy(() -> SlngSandboxMain.parse(new String[]{"--port"}, null)).hasMessage("Missing value for --port");
        assertThatThrownBy(() -> SlngSandboxMain.parse(new String[]{"--port", "x"}, null)).hasMessage("--port needs a number, not x");
        assertThatThrownBy(() -> SlngSandboxMain.parse(new String[]{"--recorded-requests", "0"}, null))
                .hasMessageContaining("recordedRequestCapacity");
        assertThatThrownBy(() -> SlngSandboxMain.parse(new String[]{"--engine", "loud"}, null))
                .hasMessage("Unknown engine loud; use tone or real");
    }
}
