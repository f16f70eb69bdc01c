package dev.camelslng.sandbox.http;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random hex identifiers: request ids, job ids, download signatures.
 */
final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
