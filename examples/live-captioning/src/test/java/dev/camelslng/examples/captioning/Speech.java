package dev.camelslng.examples.captioning;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import dev.camelslng.sandbox.engine.SpeechEngine;

import static java.nio.charset.StandardCharsets.US_ASCII;

/** Recordings for the tests: the sandbox engine's speech of some sentences, one after the other in one WAV. */
final class Speech {

    private static final int WAV_HEADER = 44;
    private static final int SAMPLE_RATE = 16000;

    private Speech() {
    }

    /** A 16 kHz 16-bit mono WAV the sandbox's speech-to-text turns back into {@code sentences}, one final each. */
    static byte[] wav(SpeechEngine engine, String... sentences) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String sentence : sentences) {
            byte[] wav = engine.synthesize(sentence, null);
            pcm.writeBytes(Arrays.copyOfRange(wav, WAV_HEADER, wav.length));
        }
        return wav(pcm.toByteArray(), 16, 1);
    }

    /** A canonical 44-byte header in front of {@code data}. */
    static byte[] wav(byte[] data, int bits, int channels) {
        int blockAlign = bits / 8 * channels;
        ByteBuffer header = ByteBuffer.allocate(WAV_HEADER).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(US_ASCII)).putInt(36 + data.length).put("WAVE".getBytes(US_ASCII))
                .put("fmt ".getBytes(US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * blockAlign).putShort((short) blockAlign).putShort((short) bits)
                .put("data".getBytes(US_ASCII)).putInt(data.length);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(data);
        return wav.toByteArray();
    }
}
