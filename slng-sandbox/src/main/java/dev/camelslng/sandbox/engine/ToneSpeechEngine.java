package dev.camelslng.sandbox.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A deterministic speech engine whose audio its own transcriber turns back into the exact original text, so tests
 * can assert round trips. Output: WAV, 16 kHz, mono, PCM16LE, 100 ms of silence around the {@link ToneCode tones}.
 */
public final class ToneSpeechEngine implements SpeechEngine {

    private static final double DEFAULT_AMPLITUDE = 0.3;
    /** Raised-cosine ramp at both symbol edges, so symbols do not click. */
    private static final int RAMP_SAMPLES = 16;

    @Override
    public byte[] synthesize(String text, String voice) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        double amplitude = amplitudeOf(voice);
        int dataBytes = (utf8.length + 2 * ToneCode.GUARD_SYMBOLS) * ToneCode.SYMBOL_BYTES;
        ByteBuffer wav = ByteBuffer.allocate(Wav.HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        Wav.writeHeader(wav, dataBytes, ToneCode.SAMPLE_RATE);
        wav.position(wav.position() + ToneCode.GUARD_SYMBOLS * ToneCode.SYMBOL_BYTES);
        for (byte b : utf8) {
            writeSymbol(wav, b & 0xFF, amplitude);
        }
        return wav.array();
    }

    @Override
    public Transcriber newTranscriber() {
        return newTranscriber(ToneCode.SAMPLE_RATE);
    }

    /** Decodes at the stream's own rate (8 kHz phone audio included), without resampling. */
    @Override
    public Transcriber newTranscriber(int sampleRate) {
        return new ToneTranscriber(sampleRate);
    }

    /** Voices only change loudness a little (0.25 to 0.35), which the decoder does not care about. */
    private static double amplitudeOf(String voice) {
        if (voice == null || voice.isBlank()) {
            return DEFAULT_AMPLITUDE;
        }
        return 0.25 + Math.floorMod(voice.hashCode(), 11) / 100.0;
    }

    private static void writeSymbol(ByteBuffer out, int value, double amplitude) {
        double high = 2 * Math.PI * ToneCode.highNibbleHz(value >> 4) / ToneCode.SAMPLE_RATE;
        double low = 2 * Math.PI * ToneCode.lowNibbleHz(value & 0x0F) / ToneCode.SAMPLE_RATE;
        for (int n = 0; n < ToneCode.SYMBOL_SAMPLES; n++) {
            double sample = amplitude * ramp(n) * (Math.sin(high * n) + Math.sin(low * n));
            out.putShort((short) Math.round(sample * Short.MAX_VALUE));
        }
    }

    private static double ramp(int n) {
        int edge = Math.min(n, ToneCode.SYMBOL_SAMPLES - 1 - n);
        return edge >= RAMP_SAMPLES ? 1.0 : 0.5 - 0.5 * Math.cos(Math.PI * edge / RAMP_SAMPLES);
    }
}
