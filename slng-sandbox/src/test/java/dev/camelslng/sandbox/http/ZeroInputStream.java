package dev.camelslng.sandbox.http;

import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams zeros (digital silence) without holding them in memory.
 */
final class ZeroInputStream extends InputStream {

    private long remaining;

    ZeroInputStream(long size) {
        this.remaining = size;
    }

    @Override
    public int read() {
        if (remaining == 0) {
            return -1;
        }
        remaining--;
        return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        Arrays.fill(buffer, offset, offset + n, (byte) 0);
        remaining -= n;
        return n;
    }
}
