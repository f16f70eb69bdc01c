package dev.camelslng.component.protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"slng/deepgram/aura:2-en", "deepgram/aura:2", "slng/openai/whisper:large-v3",
                            "soniox/speech-ai:rt-v4", "slng/fish/tts:s2.1-pro", "slng/inworld/max:1.5",
                            "slng/speechmatics/batch:15.0.0", "mistral/voxtral-mini:2507", "cartesia/sonic"})
    void acceptsTheIdsSlngPublishes(String id) {
        assertThat(new ModelId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aura", "slng/", "/deepgram/aura", "deepgram//aura", "deepgram/aura:", "deepgram/aura:2:3",
                            "deepgram/-aura", "deepgram/aura 2", "deepgram/aura%3A2", "deepgram/aura?x=1", ""})
    void refusesAnythingElse(String id) {
        assertThatThrownBy(() -> new ModelId(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid SLNG model id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"slng/deepgram/nova:3-en", "slng/openai/whisper:large-v3"})
    void knowsSlngHostedModels(String id) {
        assertThat(new ModelId(id).isSlngHosted()).isTrue();
        assertThat(new ModelId(id.substring("slng/".length())).isSlngHosted()).isFalse();
    }
}
