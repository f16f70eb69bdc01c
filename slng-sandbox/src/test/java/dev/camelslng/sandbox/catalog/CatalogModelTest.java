package dev.camelslng.sandbox.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogModelTest {

    private final ModelCatalog catalog = ModelCatalog.representative(false);

    @Test
    void eachKindOfModelServesItsOwnBridgesOnly() {
        assertThat(uses("slng/deepgram/aura:2-en")).containsExactlyInAnyOrder(ModelUse.TTS_HTTP, ModelUse.TTS_WS);
        assertThat(uses("slng/deepgram/nova:3-en")).containsExactlyInAnyOrder(ModelUse.STT_HTTP, ModelUse.STT_WS);
        assertThat(uses("mistral/voxtral-mini:2507")).containsExactly(ModelUse.STT_HTTP);
        assertThat(uses("slng/speechmatics/batch:15.0.0")).containsExactly(ModelUse.BATCH);
    }

    @Test
    void derivesProviderAndHostFromTheId() {
        CatalogModel hosted = catalog.find("slng/openai/whisper:large-v3").orElseThrow();
        CatalogModel proxied = catalog.find("deepgram/nova:3").orElseThrow();

        assertThat(hosted.providerCode()).isEqualTo("openai");
        assertThat(hosted.hostedBy()).isEqualTo("slng");
        assertThat(proxied.providerCode()).isEqualTo("deepgram");
        assertThat(proxied.hostedBy()).isEqualTo("deepgram");
    }

    @Test
    void acceptsKnownModelsOfTheRightKindOrAnyIdWhenAskedTo() {
        ModelCatalog any = ModelCatalog.representative(true);

        assertThat(catalog.accepts(ModelUse.TTS_WS, "slng/deepgram/aura:2-es")).isTrue();
        assertThat(catalog.accepts(ModelUse.STT_WS, "slng/deepgram/aura:2-es")).isFalse();
        assertThat(catalog.accepts(ModelUse.TTS_HTTP, "acme/nope:1")).isFalse();
        assertThat(any.accepts(ModelUse.STT_WS, "acme/nope:1")).isTrue();
        assertThat(any.models()).isEqualTo(catalog.models());
    }

    @ParameterizedTest
    @ValueSource(strings = {"slng/deepgram/aura:2-en", "deepgram/aura:2", "slng/fish/tts:s2.1-pro", "cartesia/sonic"})
    void knowsWellFormedIds(String id) {
        assertThat(ModelCatalog.isWellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aura", "slng/", "/deepgram/aura", "deepgram//aura", "deepgram/aura:", "deepgram/aura:2:3",
                            "deepgram/-aura", "deepgram/aura%3A2", ""})
    void refusesMalformedIds(String id) {
        assertThat(ModelCatalog.isWellFormed(id)).isFalse();
    }

    private Set<ModelUse> uses(String id) {
        CatalogModel model = catalog.find(id).orElseThrow();
        Set<ModelUse> uses = EnumSet.noneOf(ModelUse.class);
        for (ModelUse use : ModelUse.values()) {
            if (model.supports(use)) {
                uses.add(use);
            }
        }
        return uses;
    }
}
