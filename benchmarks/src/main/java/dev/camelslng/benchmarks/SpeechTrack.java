package dev.camelslng.benchmarks;

import java.util.Arrays;

import dev.camelslng.sandbox.engine.ToneSpeechEngine;

/**
 * A recording for the scale phase: numbered sentences spoken by the sandbox's tone engine (which puts 100 ms of silence
 * around each, so the server gives a final per sentence), padded with silence to its length, cut into chunks.
 *
 * @param text   the sentences, as the finals should read them joined by spaces
 * @param chunks the audio, in order
 */
record SpeechTrack(String text, byte[][] chunks) {

    private static final int WAV_HEADER = 44;

    static SpeechTrack of(int number, int audioBytes, int chunkBytes) {
        ToneSpeechEngine engine = new ToneSpeechEngine();
        StringBuilder text = new StringBuilder();
        byte[] audio = new byte[audioBytes];
        int length = 0;
        for (int sentence = 1;; sentence++) {
            String words = "caller " + number + " says sentence " + sentence;
            byte[] wav = engine.synthesize(words, null);
            int pcm = wav.length - WAV_HEADER;
            if (length + pcm > audioBytes) {
                break;
            }
            System.arraycopy(wav, WAV_HEADER, audio, length, pcm);
            length += pcm;
            text.append(words).append(' ');
        }
        byte[][] chunks = new byte[audioBytes / chunkBytes][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = Arrays.copyOfRange(audio, i * chunkBytes, (i + 1) * chunkBytes);
        }
        return new SpeechTrack(text.toString().strip(), chunks);
    }
}
