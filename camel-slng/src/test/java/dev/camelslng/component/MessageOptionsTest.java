package dev.camelslng.component;

import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageOptionsTest {

    private final Message message = new DefaultExchange(new DefaultCamelContext()).getMessage();
    private final SlngConfiguration config = new SlngConfiguration();

    MessageOptionsTest() {
        config.setOperation(SlngOperation.STT);
    }

    @Test
    void theApiKeyFallsBackToTheEnvironment() throws Exception {
        assertThat(MessageOptions.resolve(message, config, () -> "slng_cu_from_env").apiKey()).isEqualTo("slng_cu_from_env");

        config.setApiKey("slng_cu_configured");
        assertThat(MessageOptions.resolve(message, config, () -> "slng_cu_from_env").apiKey()).isEqualTo("slng_cu_configured");
    }

    @Test
    void noKeyAnywhereIsAClearError() {
        assertThatThrownBy(() -> MessageOptions.resolve(message, config, () -> null)).isInstanceOf(SlngException.class)
                .hasMessageContaining("apiKey option").hasMessageContaining("SLNG_API_KEY");
    }

    @Test
    void headersWinAndSecretHeadersAreConsumed() throws Exception {
        config.setLanguage("en");
        config.setSampleRate(8000);
        message.setHeader(SlngConstants.LANGUAGE, "de");
        message.setHeader(SlngConstants.SAMPLE_RATE, "16000");
        message.setHeader(SlngConstants.OPERATION, "batch-stt");
        message.setHeader(SlngConstants.API_KEY, "slng_cu_from_header");
        message.setHeader(SlngConstants.PROVIDER_API_KEY, "dg_from_header");
        message.setHeader(SlngConstants.MODEL, "deepgram/nova:3");

        MessageOptions options = MessageOptions.resolve(message, config, () -> null);

        assertThat(options.language()).isEqualTo("de");
        assertThat(options.sampleRate()).isEqualTo(16000);
        assertThat(options.operation()).isEqualTo(SlngOperation.BATCH_STT);
        assertThat(options.apiKey()).isEqualTo("slng_cu_from_header");
        assertThat(options.providerApiKey()).isEqualTo("dg_from_header");
        assertThat(message.getHeaders()).doesNotContainKeys(SlngConstants.API_KEY, SlngConstants.PROVIDER_API_KEY);
        assertThat(options.toString()).doesNotContain("slng_cu_from_header").doesNotContain("dg_from_header");
    }

    @Test
    void eachOperationHasItsDefaultModel() throws Exception {
        for (SlngOperation operation : SlngOperation.values()) {
            config.setOperation(operation);
            assertThat(MessageOptions.resolve(message, config, () -> "k").model()).isEqualTo(operation.defaultModel());
        }
        assertThat(SlngOperation.BATCH_STT.defaultModel().value()).isEqualTo("slng/speechmatics/batch:15.0.0");
    }
}
