package dev.camelslng.component;

import dev.camelslng.component.gateway.GatewayAddress;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConfigurationTest extends SlngTestSupport {

    @Test
    void headerBeatsEndpointBeatsComponentBeatsDefault() {
        context.getComponent("slng", SlngComponent.class).getConfiguration().setVoice("component-voice");

        template.requestBody("slng:tts", "a", byte[].class);
        assertThat(sandbox().requests().last().jsonBody().path("voice").asText()).isEqualTo("component-voice");
        assertThat(sandbox().requests().last().path()).endsWith("/tts/slng/deepgram/aura:2-en");

        template.requestBody("slng:tts?voice=endpoint-voice", "b", byte[].class);
        assertThat(sandbox().requests().last().jsonBody().path("voice").asText()).isEqualTo("endpoint-voice");

        template.requestBodyAndHeader("slng:tts?voice=endpoint-voice", "c", SlngConstants.VOICE, "header-voice",
                byte[].class);
        assertThat(sandbox().requests().last().jsonBody().path("voice").asText()).isEqualTo("header-voice");
    }

    @Test
    void endpointsGetTheirOwnCopyOfTheOptions() {
        SlngEndpoint luna = context.getEndpoint("slng:tts?voice=luna", SlngEndpoint.class);
        SlngEndpoint orion = context.getEndpoint("slng:tts?voice=orion", SlngEndpoint.class);

        assertThat(luna.getConfiguration().getVoice()).isEqualTo("luna");
        assertThat(orion.getConfiguration().getVoice()).isEqualTo("orion");
        assertThat(context.getComponent("slng", SlngComponent.class).getConfiguration().getVoice()).isNull();
        assertThat(context.getEndpoint("slng:batch-stt", SlngEndpoint.class).getConfiguration().getOperation())
                .isEqualTo(SlngOperation.BATCH_STT);
    }

    @Test
    void unknownOperationsAndOptionsFailAtStartup() {
        assertThatThrownBy(() -> context.getEndpoint("slng:speak")).hasStackTraceContaining("speak");
        assertThatThrownBy(() -> context.getEndpoint("slng:tts?vocie=luna")).hasMessageContaining("vocie");
    }

    @Test
    void gatewayAddressFollowsBaseUrlThenWorldPart() {
        SlngConfiguration config = new SlngConfiguration();
        assertThat(GatewayAddress.of(config)).isEqualTo(new GatewayAddress("https://api.slng.ai",
                "https://api.batch.slng.ai"));

        config.setWorldPart("eu-west");
        assertThat(GatewayAddress.of(config).gateway()).isEqualTo("https://eu-west.api.slng.ai");
        assertThat(GatewayAddress.of(config).batch()).isEqualTo("https://api.batch.slng.ai");

        config.setBaseUrl("http://localhost:8089/");
        assertThat(GatewayAddress.of(config)).isEqualTo(new GatewayAddress("http://localhost:8089",
                "http://localhost:8089"));

        config.setBatchBaseUrl("https://stageapi.batch.slng.ai");
        assertThat(GatewayAddress.of(config).batch()).isEqualTo("https://stageapi.batch.slng.ai");
    }

    @Test
    void badAddressesAreRefusedWithoutEchoingCredentials() {
        SlngConfiguration config = new SlngConfiguration();
        config.setWorldPart("EU West");
        assertThatThrownBy(() -> GatewayAddress.of(config)).hasMessageContaining("Invalid worldPart 'EU West'");

        config.setWorldPart(null);
        config.setBaseUrl("https://user:hunter2@api.slng.ai");
        assertThatThrownBy(() -> GatewayAddress.of(config)).hasMessageContaining("credentials")
                .hasMessageNotContaining("hunter2");

        config.setBaseUrl("ftp://api.slng.ai");
        assertThatThrownBy(() -> GatewayAddress.of(config)).hasMessageContaining("expected an http:// or https:// URL");
    }

    @Test
    void sendsThroughTheConfiguredProxy() {
        // The gateway host does not resolve: only the proxy (the sandbox, taking absolute-form requests) can answer.
        byte[] audio = template.requestBody("slng:tts?baseUrl=http://gateway.slng.invalid&allowPlainHttp=true"
                                            + "&proxyHost=127.0.0.1&proxyPort=" + sandbox().port(), "through a proxy", byte[].class);

        assertThat(template.requestBody("slng:stt", audio, String.class)).isEqualTo("through a proxy");
        assertThat(sandbox().requests().all().get(0).header("Host")).isEqualTo("gateway.slng.invalid");
    }

    @Test
    void trackingIdsAreValidated() {
        Exchange exchange = send("slng:tts?agentId=a,b", "hello");

        assertThat(exchange.getException()).hasMessageContaining("Invalid agentId");
        assertThat(sandbox().requests().all()).isEmpty();
    }

    @Test
    void withoutAnyKeyTheErrorNamesTheEnvironmentVariable() {
        assumeTrue(System.getenv("SLNG_API_KEY") == null, "SLNG_API_KEY is set in this environment");
        context.getComponent("slng", SlngComponent.class).getConfiguration().setApiKey(null);

        Exchange exchange = send("slng:tts", "hello");

        assertThat(exchange.getException()).isInstanceOf(SlngException.class).hasMessageContaining("SLNG_API_KEY");
        assertThat(sandbox().requests().all()).isEmpty();
    }
}
