package dev.camelslng.sandbox.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells, from the first bytes of a stream, whether it is audio the sandbox's engines can decode: WAV with 16-bit PCM, or raw
 * linear16 PCM. Only clear cases are refused (empty, text, another container, a WAV of another encoding); any other
 * bytes may be raw PCM and pass.
 */
public final class AudioSniffer {

    private static final int PREFIX_BYTES = 512;
    private static final String DECODES = "; the sandbox decodes WAV (16-bit PCM) and raw linear16 PCM only";
    private static final int WAV_PCM = 1;
    private static final int WAV_EXTENSIBLE = 0xFFFE;
    private static final int RIFF_HEADER_BYTES = 12;

    private final byte[] prefix = new byte[PREFIX_BYTES];
    private int prefixFill;
    private long total;

    /**
     * Takes the next bytes of the stream; only the first 512 are kept.
     *
     * @param bytes  the buffer
     * @param offset where the new bytes start
     * @param length how many bytes to take
     */
    public void feed(byte[] bytes, int offset, int length) {
        int n = Math.min(length, PREFIX_BYTES - prefixFill);
        System.arraycopy(bytes, offset, prefix, prefixFill, n);
        prefixFill += n;
        total += length;
    }

    /**
     * Why the stream is not audio the sandbox decodes.
     *
     * @param  declaredEncoding the encoding the client declared, or null
     * @param  pcmBytes         how many sample bytes the WAV parser found
     * @return                  the reason, or empty when the stream may be fine
     */
    public Optional<String> problem(String declaredEncoding, long pcmBytes) {
        if (total == 0) {
            return Optional.of("Empty audio: 0 bytes");
        }
        if (startsWith(0, "RIFF")) {
            return wavProblem(pcmBytes);
        }
        String container = container();
        if (container != null) {
            return Optional.of("Unsupported audio: " + container + DECODES);
        }
        if (isText()) {
            return Optional.of("Unsupported audio: the data is text, not audio");
        }
        if (declaredEncoding != null && !"linear16".equalsIgnoreCase(declaredEncoding)) {
            return Optional.of("Unsupported audio: encoding=" + declaredEncoding + DECODES);
        }
        return Optional.empty();
    }

    private Optional<String> wavProblem(long pcmBytes) {
        if (!startsWith(8, "WAVE")) {
            return Optional.of("Unsupported audio: a RIFF file that is not WAVE" + DECODES);
        }
        ByteBuffer header = ByteBuffer.wrap(prefix, 0, prefixFill).order(ByteOrder.LITTLE_ENDIAN);
        int at = RIFF_HEADER_BYTES;
        while (at + 8 <= prefixFill) {
            long size = header.getInt(at + 4) & 0xFFFFFFFFL;
            if (startsWith(at, "fmt ") && at + 24 <= prefixFill) {
                int format = header.getShort(at + 8) & 0xFFFF;
                int bits = header.getShort(at + 22) & 0xFFFF;
                if (format != WAV_PCM && format != WAV_EXTENSIBLE || bits != 16) {
                    return Optional.of("Unsupported audio: WAV format " + format + " with " + bits + " bits per sample" + DECODES);
                }
                break;
            }
            at += 8 + (int) Math.min(size + (size & 1), PREFIX_BYTES);
        }
        return pcmBytes == 0 ? Optional.of("Unsupported audio: the WAV file holds no samples") : Optional.empty();
    }

    /** The name of a compressed or container format recognised by its magic bytes, or null. */
    private String container() {
        if (startsWith(0, "ID3")) {
            return "MP3";
        } else if (startsWith(0, "OggS")) {
            return "Ogg";
        } else if (startsWith(0, "fLaC")) {
            return "FLAC";
        } else if (startsWith(4, "ftyp")) {
            return "MP4/M4A";
        } else if (startsWith(0, "#!AMR")) {
            return "AMR";
        } else if (prefixFill >= 4 && (prefix[0] & 0xFF) == 0x1A && (prefix[1] & 0xFF) == 0x45 && (prefix[2] & 0xFF) == 0xDF
                   && (prefix[3] & 0xFF) == 0xA3) {
            return "WebM/Matroska";
        }
        return null;
    }

    /** UTF-8 without control characters other than whitespace; a character cut at the end of the prefix is fine. */
    private boolean isText() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(prefixFill);
        CoderResult result = decoder.decode(ByteBuffer.wrap(prefix, 0, prefixFill), chars, total == prefixFill);
        if (result.isError()) {
            return false;
        }
        chars.flip();
        return chars.chars().noneMatch(c -> Character.isISOControl(c) && "\t\n\r\f".indexOf(c) < 0);
    }

    private boolean startsWith(int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return at + expected.length <= prefixFill && Arrays.equals(prefix, at, at + expected.length, expected, 0, expected.length);
    }
}
