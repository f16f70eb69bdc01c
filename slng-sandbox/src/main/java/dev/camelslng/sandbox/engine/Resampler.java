package dev.camelslng.sandbox.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Deterministic linear-interpolation resampling of PCM16LE mono: the same input always gives the same bytes.
 */
public final class Resampler {

    private Resampler() {
    }

    /**
     * Resamples PCM.
     *
     * @param  pcm  PCM16LE mono samples
     * @param  from their sample rate
     * @param  to   the wanted sample rate
     * @return      the input itself when the rates are equal, else {@code floor(samples * to / from)} new samples
     */
    public static byte[] resample(byte[] pcm, int from, int to) {
        if (from == to) {
            return pcm;
        }
        ByteBuffer in = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int inSamples = pcm.length / 2;
        int outSamples = (int) ((long) inSamples * to / from);
        ByteBuffer out = ByteBuffer.allocate(outSamples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < outSamples; i++) {
            long numerator = (long) i * from;
            int index = (int) (numerator / to);
            double fraction = (double) (numerator % to) / to;
            int a = in.getShort(index * 2);
            int b = index + 1 < inSamples ? in.getShort((index + 1) * 2) : a;
            out.putShort((short) Math.round(a + (b - a) * fraction));
        }
        return out.array();
    }
}
