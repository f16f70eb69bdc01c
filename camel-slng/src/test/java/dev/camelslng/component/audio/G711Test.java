package dev.camelslng.component.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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
    void fullScaleAndTheSmallestSamplesKeepTheirSign(G711 law) {
        byte[] pcm = {0x00, (byte) 0x80, (byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xFF, 0x01, 0x00};
        ByteBuffer decoded = ByteBuffer.wrap(law.decode(law.encode(pcm))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(decoded.getShort()).as("-32768").isLessThan((short) -30000);
        assertThat(decoded.getShort()).as("32767").isGreaterThan((short) 30000);
        assertThat(decoded.getShort()).as("-1").isBetween((short) -16, (short) 16);
        assertThat(decoded.getShort()).as("1").isBetween((short) -16, (short) 16);
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
