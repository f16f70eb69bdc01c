package dev.camelslng.component.audio;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The codec against SoX's G.711 on the same samples (fixtures in src/test/resources/g711, made as its README says). */
class G711Test {

    @ParameterizedTest
    @EnumSource(G711.class)
    void decodesAsSoxDoes(G711 law) throws IOException {
        assertThat(law.decode(fixture(law.encoding() + ".raw"))).isEqualTo(fixture(law.encoding() + "-decoded.raw"));
    }

    @ParameterizedTest
    @EnumSource(G711.class)
    void encodesAsSoxDoes(G711 law) throws IOException {
        assertThat(law.encode(fixture("pcm.raw"))).isEqualTo(fixture(law.encoding() + ".raw"));
    }

    @ParameterizedTest
    @EnumSource(G711.class)
    void aSecondRoundTripChangesNothing(G711 law) throws IOException {
        byte[] once = law.decode(law.encode(fixture("pcm.raw")));
        assertThat(law.decode(law.encode(once))).isEqualTo(once);
    }

    @ParameterizedTest
    @EnumSource(G711.class)
    void isNamedByItsEncodingOption(G711 law) {
        assertThat(G711.of(law.encoding().toUpperCase())).isSameAs(law);
        assertThat(G711.of("linear16")).isNull();
        assertThat(G711.of(null)).isNull();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = G711Test.class.getResourceAsStream("/g711/" + name)) {
            return in.readAllBytes();
        }
    }
}
