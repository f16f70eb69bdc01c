package dev.camelslng.examples.filedrop;

import java.nio.file.Path;
import java.util.Map;

import dev.camelslng.sandbox.engine.EngineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileDropSettingsTest {

    @TempDir
    Path work;

    @Test
    void foldersDefaultUnderTheWorkingDirectory() {
        FileDropSettings settings = FileDropSettings.fromEnvironment(Map.of(), work);

        assertThat(settings.inbox()).isEqualTo(work.resolve("file-drop/inbox").toAbsolutePath());
        assertThat(settings.failed()).isEqualTo(work.resolve("file-drop/failed").toAbsolutePath());
        assertThat(settings.gateway().needsEmbeddedServer()).isTrue();
    }

    @Test
    void environmentWinsAndAKeyMeansTheRealGateway() {
        FileDropSettings settings = FileDropSettings.fromEnvironment(Map.of("SLNG_API_KEY", "slng_cu_secret",
                "SLNG_INBOX", work.resolve("in").toString(), "SLNG_OUTBOX", " "), work);

        assertThat(settings.inbox()).isEqualTo(work.resolve("in").toAbsolutePath());
        assertThat(settings.outbox()).isEqualTo(work.resolve("file-drop/outbox").toAbsolutePath());
        assertThat(settings.gateway().needsEmbeddedServer()).isFalse();
        assertThat(settings.toString()).doesNotContain("slng_cu_secret");
    }

    @Test
    void plainHttpToAnotherHostIsAllowedOnlyWhenAskedFor() {
        assertThat(FileDropSettings.fromEnvironment(Map.of(), work).gateway().allowPlainHttp()).isFalse();
        assertThat(FileDropSettings.fromEnvironment(Map.of("SLNG_ALLOW_PLAIN_HTTP", "TRUE"), work).gateway().allowPlainHttp()).isTrue();
        assertThat(FileDropSettings.fromEnvironment(Map.of("SLNG_ALLOW_PLAIN_HTTP", "yes"), work).gateway().allowPlainHttp()).isFalse();
    }

    @Test
    void aBaseUrlAloneAlsoMeansARealGateway() {
        FileDropSettings settings = FileDropSettings.fromEnvironment(Map.of("SLNG_BASE_URL", "https://eu.example.com/"), work);

        assertThat(settings.gateway().baseUrl()).isEqualTo("https://eu.example.com/");
        assertThat(settings.gateway().needsEmbeddedServer()).isFalse();
    }

    @Test
    void theEmbeddedServerSpeaksForRealUnlessToldTone() {
        assertThat(FileDropSettings.fromEnvironment(Map.of(), work).gateway().localEngine()).isEqualTo(EngineKind.REAL);
        assertThat(FileDropSettings.fromEnvironment(Map.of("SLNG_LOCAL_ENGINE", "Tone"), work).gateway().localEngine())
                .isEqualTo(EngineKind.TONE);
        assertThatThrownBy(() -> FileDropSettings.fromEnvironment(Map.of("SLNG_LOCAL_ENGINE", "espeak"), work))
                .isInstanceOf(CannotStartException.class).hasMessage("SLNG_LOCAL_ENGINE is neither real nor tone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-url", "ftp://files.example.com", "slng_cu_pasted_key", "https://", "http://exa mple.com"})
    void aBaseUrlThatIsNotHttpIsRefusedWithoutEchoingIt(String value) {
        assertThatThrownBy(() -> FileDropSettings.fromEnvironment(Map.of("SLNG_BASE_URL", value), work))
                .isInstanceOf(CannotStartException.class)
                .hasMessage("SLNG_BASE_URL is not an http:// or https:// URL such as https://api.slng.ai");
    }
}
