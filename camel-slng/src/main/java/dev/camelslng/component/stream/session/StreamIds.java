package dev.camelslng.component.stream.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How stream ids appear in logs, health checks and exception messages: hashed, since routes often use a caller's phone
 * number or a call id. The same id always gives the same label; the dev console shows both, to match them up.
 */
public final class StreamIds {

    private static final int LABEL_BYTES = 4;

    private StreamIds() {
    }

    /** {@code stream #1a2b3c4d}: the stream named without its id. */
    public static String label(String streamId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(streamId.getBytes(StandardCharsets.UTF_8));
            return "stream #" + HexFormat.of().formatHex(digest, 0, LABEL_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
