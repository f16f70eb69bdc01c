package dev.camelslng.component.operation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.http.ContentType;

/**
 * The file name and MIME type an audio part is sent with. Providers behind SLNG choose their decoder by them, so they
 * follow what the audio really is: a named body by its extension, an unnamed one by its first bytes, then by the
 * {@code encoding} option.
 *
 * @param fileName the part's file name
 * @param type     the part's Content-Type
 */
record AudioLabel(String fileName, ContentType type) {

    /** How many leading bytes {@link #unnamed} needs to recognise a format. */
    static final int HEAD_SIZE = 12;

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.ofEntries(
            Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"), Map.entry("flac", "audio/flac"),
            Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/opus"), Map.entry("m4a", "audio/mp4"),
            Map.entry("mp4", "audio/mp4"), Map.entry("aac", "audio/aac"), Map.entry("webm", "audio/webm"),
            Map.entry("amr", "audio/amr"), Map.entry("pcm", "audio/pcm"), Map.entry("raw", "audio/pcm"));
    private static final Map<String, String> EXTENSIONS_BY_TYPE = Map.ofEntries(
            Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"), Map.entry("audio/wave", "wav"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp3", "mp3"), Map.entry("audio/flac", "flac"),
            Map.entry("audio/x-flac", "flac"), Map.entry("audio/ogg", "ogg"), Map.entry("audio/opus", "opus"),
            Map.entry("audio/mp4", "m4a"), Map.entry("audio/aac", "aac"), Map.entry("audio/webm", "webm"),
            Map.entry("audio/amr", "amr"), Map.entry("audio/pcm", "pcm"));
    // Opus files are Ogg Opus (RFC 7845): audio/ogg is the type they sniff as and the one SLNG's providers list.
    private static final Map<String, String> EXTENSIONS_BY_ENCODING = Map.of("linear16", "pcm", "mp3", "mp3", "opus", "ogg");
    private static final String UNKNOWN = "wav";

    /** A body with a file name: an audio/* Content-Type header wins, then the extension, then octet-stream. */
    static AudioLabel named(String fileName, ContentType header) {
        int dot = fileName.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES_BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        ContentType fromName = type == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.create(type);
        return new AudioLabel(fileName, header != null ? header : fromName);
    }

    /**
     * A body without a file name: its leading bytes (when known), then an audio/* Content-Type header, then the
     * {@code encoding} option, then WAV (what SLNG's own CLI sends).
     */
    static AudioLabel unnamed(byte[] head, ContentType header, String encoding) {
        String sniffed = head == null ? null : sniff(head);
        if (sniffed == null && header != null) {
            String extension = EXTENSIONS_BY_TYPE.get(header.getMimeType().toLowerCase(Locale.ROOT));
            return new AudioLabel(extension == null ? "audio" : "audio." + extension, header);
        }
        String extension = sniffed != null ? sniffed
                : encoding == null ? UNKNOWN
                : EXTENSIONS_BY_ENCODING.getOrDefault(encoding.toLowerCase(Locale.ROOT), UNKNOWN);
        return new AudioLabel("audio." + extension, ContentType.create(TYPES_BY_EXTENSION.get(extension)));
    }

    /** Whether the audio starts with a RIFF/WAVE header. */
    static boolean isWav(byte[] head) {
        return "wav".equals(sniff(head));
    }

    /** The format the magic bytes at the start of the audio announce, as a file extension, or null. */
    private static String sniff(byte[] head) {
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return "wav";
        }
        if (startsWith(head, 0, "ID3")) {
            return "mp3";
        }
        if (startsWith(head, 0, "OggS")) {
            return "ogg";
        }
        if (startsWith(head, 0, "fLaC")) {
            return "flac";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            // An 11-bit frame sync: MPEG audio has a layer (bits 1-2) other than 0; layer 0 with a 12-bit sync is AAC ADTS.
            return (head[1] & 0x06) != 0 ? "mp3" : (head[1] & 0xF0) == 0xF0 ? "aac" : null;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int offset, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + expected.length
               && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
    }
}
