package dev.camelslng.sandbox.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ToneSpeechEngineTest {

    private final ToneSpeechEngine engine = new ToneSpeechEngine();

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "Hello, world! How are you? (fine) 42%", "café – naïve", "日本語のテキスト 🎙", "a"})
    void transcribesItsOwnSpeechExactly(String text) {
        Transcript transcript = transcribe(engine.synthesize(text, null));

        assertThat(transcript.text()).isEqualTo(text);
        assertThat(transcript.confidence()).isBetween(0.9, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "café – naïve", "日本語のテキスト 🎙"})
    void transcribesItsSpeechResampledTo8KhzPhoneAudioExactly(String text) {
        byte[] pcm8k = Resampler.resample(Wav.pcmData(engine.synthesize(text, null)), 16_000, 8_000);
        Transcriber transcriber = engine.newTranscriber(8_000);
        transcriber.feed(pcm8k);

        assertThat(transcriber.result().text()).isEqualTo(text);
        assertThat(transcriber.result().confidence()).isBetween(0.9, 1.0);
        assertThat(transcribe(wav(pcm8k, 8_000)).text()).as("the WAV header's rate wins over the default").isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000})
    void transcribesAtEveryRateWithWholeSamplesPer20Ms(int rate) {
        String text = "rate-agnostic: ünïcödé";
        byte[] pcm = Resampler.resample(Wav.pcmData(engine.synthesize(text, null)), 16_000, rate);
        Transcriber transcriber = engine.newTranscriber(rate);
        transcriber.feed(pcm);

        assertThat(transcriber.result().text()).isEqualTo(text);
        assertThat(transcriber.undecodableReason("linear16")).isEmpty();
    }

    @Test
    void refusesRatesWithoutWholeSamplesPer20MsOrTooLowForItsTones() {
        byte[] pcm = Resampler.resample(Wav.pcmData(engine.synthesize("no", null)), 16_000, 11_025);
        for (int rate : new int[]{11_025, 6_000}) {
            Transcriber transcriber = engine.newTranscriber(rate);
            transcriber.feed(pcm);

            assertThat(transcriber.result()).isEqualTo(new Transcript("", 0.0));
            assertThat(transcriber.undecodableReason(null)).hasValue("Unsupported audio: sample rate " + rate
                    + " Hz; the sandbox's tone engine decodes multiples of 50 Hz from 7450 Hz up");
        }
        assertThat(reason(wav(pcm, 11_025), null)).hasValueSatisfying(r -> assertThat(r).contains("sample rate 11025 Hz"));
    }

    @Test
    void keepsEveryToneBelowThe8KhzNyquistLimitAndWholeCyclesPerSymbol() {
        for (int nibble = 0; nibble < ToneCode.TONES_PER_GROUP; nibble++) {
            assertThat(ToneCode.highNibbleHz(nibble)).isLessThan(ToneCode.lowNibbleHz(0));
            assertThat(ToneCode.lowNibbleHz(nibble)).isLessThan(4_000);
            assertThat(ToneCode.highNibbleHz(nibble) % ToneCode.SYMBOLS_PER_SECOND).isZero();
            assertThat(ToneCode.lowNibbleHz(nibble) % ToneCode.SYMBOLS_PER_SECOND).isZero();
        }
    }

    @Test
    void writesPcm16MonoWavAt16KhzWithGuardSilence() {
        byte[] wav = engine.synthesize("ab", null);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getShort(22)).isEqualTo((short) 1);
        assertThat(header.getInt(24)).isEqualTo(16_000);
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        assertThat(wav).hasSize(Wav.HEADER_BYTES + (2 + 10) * 640);
        assertThat(Arrays.copyOfRange(wav, Wav.HEADER_BYTES, Wav.HEADER_BYTES + 5 * 640)).containsOnly(0);
    }

    @Test
    void isDeterministic() {
        assertThat(engine.synthesize("same text", "aura-2-thalia-en")).isEqualTo(engine.synthesize("same text", "aura-2-thalia-en"));
    }

    @Test
    void decodesWhateverTheChunkBoundaries() {
        String text = "Chunk boundaries must not matter: üñí©ødé";
        byte[] wav = engine.synthesize(text, null);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Transcriber transcriber = engine.newTranscriber();
            int pos = 0;
            while (pos < wav.length) {
                int length = Math.min(wav.length - pos, 1 + random.nextInt(round % 2 == 0 ? 7 : 2000));
                transcriber.feed(wav, pos, length);
                pos += length;
            }
            assertThat(transcriber.result().text()).isEqualTo(text);
        }
    }

    @Test
    void voicesChangeLoudnessButStillDecode() {
        byte[] defaultVoice = engine.synthesize("voice", null);
        byte[] otherVoice = engine.synthesize("voice", "aura-2-zeus-en");

        assertThat(otherVoice).isNotEqualTo(defaultVoice);
        assertThat(transcribe(otherVoice).text()).isEqualTo("voice");
    }

    @Test
    void decodesRawPcmAndWavWithExtraChunks() {
        byte[] wav = engine.synthesize("raw and listed", null);
        byte[] pcm = Wav.pcmData(wav);
        assertThat(pcm).hasSize(wav.length - Wav.HEADER_BYTES);
        assertThat(transcribe(pcm).text()).isEqualTo("raw and listed");

        byte[] list = "LIST\u0005\0\0\0INFOx\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withList = new byte[wav.length + list.length];
        System.arraycopy(wav, 0, withList, 0, 36);
        System.arraycopy(list, 0, withList, 36, list.length);
        System.arraycopy(wav, 36, withList, 36 + list.length, wav.length - 36);
        assertThat(transcribe(withList).text()).isEqualTo("raw and listed");
    }

    @Test
    void findsNothingInSilenceNoiseOrMp3() {
        byte[] noise = new byte[16_000 * 2 * 3];
        new Random(42).nextBytes(noise);
        byte[] mp3Like = new byte[64_000];
        new Random(3).nextBytes(mp3Like);
        mp3Like[0] = 'I';
        mp3Like[1] = 'D';
        mp3Like[2] = '3';

        assertThat(transcribe(new byte[32_000 * 5])).isEqualTo(new Transcript("", 0.0));
        assertThat(transcribe(noise).text()).isEmpty();
        assertThat(transcribe(mp3Like).text()).isEmpty();
        assertThat(transcribe(new byte[0]).text()).isEmpty();
        assertThat(transcribe(new byte[]{'R', 'I', 'F', 'F', 1}).text()).isEmpty();
    }

    @Test
    void explainsWhichAudioItCannotDecode() {
        byte[] wav = engine.synthesize("fine", null);
        byte[] extensible = wav.clone();
        ByteBuffer.wrap(extensible).order(ByteOrder.LITTLE_ENDIAN).putShort(20, (short) 0xFFFE);
        byte[] eightBit = wav.clone();
        ByteBuffer.wrap(eightBit).order(ByteOrder.LITTLE_ENDIAN).putShort(34, (short) 8);
        byte[] longText = "Schön, ein Text – kein Ton. ".repeat(40).getBytes(StandardCharsets.UTF_8);

        assertThat(reason(wav, null)).isEmpty();
        assertThat(reason(extensible, null)).isEmpty();
        assertThat(reason(Wav.pcmData(wav), "linear16")).isEmpty();
        assertThat(reason(withListChunk(wav), null)).isEmpty();
        assertThat(reason(new byte[0], null)).hasValue("Empty audio: 0 bytes");
        assertThat(reason(eightBit, null)).hasValueSatisfying(r -> assertThat(r).startsWith("Unsupported audio: WAV format 1 with 8 bits"));
        assertThat(reason(Arrays.copyOf(wav, 44), null)).hasValue("Unsupported audio: the WAV file holds no samples");
        assertThat(reason("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII), null))
                .hasValueSatisfying(r -> assertThat(r).startsWith("Unsupported audio: a RIFF file that is not WAVE"));
        assertThat(reason(longText, null)).hasValue("Unsupported audio: the data is text, not audio");
        assertThat(reason(longText, "linear16")).hasValue("Unsupported audio: the data is text, not audio");
        for (String magic : new String[]{"OggS", "fLaC", "\0\0\0\u0020ftypM4A ", "#!AMR\n", "\u001a\u0045\u00df\u00a3"}) {
            byte[] container = Arrays.copyOf(magic.getBytes(StandardCharsets.ISO_8859_1), 4096);
            assertThat(reason(container, null)).as(magic).hasValueSatisfying(r -> assertThat(r).endsWith("raw linear16 PCM only"));
        }
        assertThat(reason(new byte[4096], "opus")).hasValueSatisfying(r -> assertThat(r).startsWith("Unsupported audio: encoding=opus"));
    }

    @Test
    void decodesMostlySilentAudioQuickly() {
        Transcriber transcriber = engine.newTranscriber();
        byte[] silence = new byte[1 << 20];
        long start = System.nanoTime();
        for (int i = 0; i < 128; i++) {
            transcriber.feed(silence);
        }
        transcriber.feed(Wav.pcmData(engine.synthesize("end", null)));

        assertThat(transcriber.result().text()).isEqualTo("end");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    private Optional<String> reason(byte[] audio, String declaredEncoding) {
        Transcriber transcriber = engine.newTranscriber();
        transcriber.feed(audio);
        return transcriber.undecodableReason(declaredEncoding);
    }

    private static byte[] withListChunk(byte[] wav) {
        byte[] list = "LIST\u0005\0\0\0INFOx\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withList = new byte[wav.length + list.length];
        System.arraycopy(wav, 0, withList, 0, 12);
        System.arraycopy(list, 0, withList, 12, list.length);
        System.arraycopy(wav, 12, withList, 12 + list.length, wav.length - 12);
        return withList;
    }

    private static byte[] wav(byte[] pcm, int rate) {
        ByteBuffer wav = ByteBuffer.allocate(Wav.HEADER_BYTES + pcm.length);
        Wav.writeHeader(wav, pcm.length, rate);
        return wav.put(pcm).array();
    }

    private Transcript transcribe(byte[] audio) {
        Transcriber transcriber = engine.newTranscriber();
        transcriber.feed(audio);
        return transcriber.result();
    }
}
