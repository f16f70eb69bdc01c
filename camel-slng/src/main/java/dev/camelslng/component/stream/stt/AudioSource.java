package dev.camelslng.component.stream.stt;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import dev.camelslng.component.SlngException;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The audio of an stt-stream message, read chunk by chunk: bytes as they come, or a whole file or stream. A WAV file's
 * header is read, not sent: its sample rate must be the session's, and only 16-bit PCM mono is accepted, because that is
 * what the bridge's {@code linear16} means.
 */
final class AudioSource implements Closeable {

    private final InputStream input;
    private final byte[] bytes;
    private final WavFormat wav;
    private int position;

    /** Either {@code input} (read as it is sent) or {@code bytes} (all in memory, the WAV header already left out). */
    private AudioSource(InputStream input, byte[] bytes, WavFormat wav) {
        this.input = input;
        this.bytes = bytes;
        this.wav = wav;
    }

    /** The audio of {@code message}: {@code byte[]}, or anything Camel converts to an {@code InputStream}. */
    static AudioSource of(Message message, String operation) throws SlngException {
        Object body = message.getBody();
        if (body == null || body instanceof CharSequence || body instanceof byte[] empty && empty.length == 0) {
            throw new SlngException(operation + " needs audio in the message body (byte[], a file, a stream or a WAV),"
                                    + (body instanceof CharSequence ? " but it is text" : " but it is empty"));
        }
        if (body instanceof byte[] bytes && !WavFormat.startsLikeWav(bytes)) {
            // the common case of a live source: raw chunks, sliced without a stream or a buffer around them
            return new AudioSource(null, bytes, null);
        }
        InputStream stream;
        try {
            stream = body instanceof byte[] bytes ? new ByteArrayInputStream(bytes)
                    : message.getExchange().getContext().getTypeConverter().mandatoryConvertTo(InputStream.class,
                            message.getExchange(), body);
        } catch (NoTypeConversionAvailableException e) {
            throw new SlngException(operation + " needs audio in the message body (byte[], a file, a stream or a WAV), but it is"
                                    + " a " + body.getClass().getName());
        }
        BufferedInputStream buffered = new BufferedInputStream(stream);
        try {
            WavFormat wav = WavFormat.read(buffered, operation);
            return body instanceof byte[] bytes ? new AudioSource(null, buffered.readAllBytes(), wav)
                    : new AudioSource(buffered, null, wav);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw new SlngException(operation + " could not read the audio: " + e.getMessage(), null, e);
        } catch (SlngException e) {
            closeQuietly(buffered);
            throw e;
        }
    }

    /** The WAV's sample rate, or null when the audio has no WAV header. */
    Integer wavSampleRate() {
        return wav != null ? wav.sampleRate() : null;
    }

    /** Whether the whole audio is already in memory, so it can be sent from the calling thread without blocking. */
    boolean inMemory() {
        return bytes != null;
    }

    /** The next chunk of at most {@code size} bytes (whole 16-bit samples), or null at the end. */
    byte[] next(int size) throws IOException {
        int whole = size - size % 2;
        if (bytes == null) {
            byte[] chunk = input.readNBytes(whole);
            return chunk.length == 0 ? null : chunk;
        }
        if (position >= bytes.length) {
            return null;
        }
        // a copy: the session keeps the chunk for a replay, and the caller may reuse its array
        byte[] chunk = Arrays.copyOfRange(bytes, position, Math.min(bytes.length, position + whole));
        position += chunk.length;
        return chunk;
    }

    @Override
    public void close() {
        if (input != null) {
            closeQuietly(input);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing was written: there is nothing to lose
        }
    }

    /** The fields of a WAV header that decide whether the bridge can take the audio. */
    record WavFormat(int format, int channels, int sampleRate, int bits) {

        private static final int PCM = 1;
        private static final int EXTENSIBLE = 0xFFFE;
        private static final int MAX_HEADER = 1 << 16;

        /** Whether {@code bytes} begin with a RIFF/WAVE header. */
        static boolean startsLikeWav(byte[] bytes) {
            return bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                   && bytes[8] == 'W' && bytes[9] == 'A' && bytes[10] == 'V' && bytes[11] == 'E';
        }

        /** Reads a WAV header up to its data chunk; returns null (reading nothing) when the stream is not a WAV. */
        static WavFormat read(BufferedInputStream in, String operation) throws IOException, SlngException {
            in.mark(12);
            byte[] riff = in.readNBytes(12);
            if (riff.length < 12 || !new String(riff, 0, 4, US_ASCII).equals("RIFF")
                || !new String(riff, 8, 4, US_ASCII).equals("WAVE")) {
                in.reset();
                return null;
            }
            WavFormat format = null;
            long read = 12;
            while (read < MAX_HEADER) {
                byte[] header = in.readNBytes(8);
                if (header.length < 8) {
                    throw new SlngException(operation + " refused the WAV audio: it has no data chunk");
                }
                String id = new String(header, 0, 4, US_ASCII);
                long size = littleEndian(header, 4, 4);
                read += 8;
                if (id.equals("data")) {
                    if (format == null) {
                        throw new SlngException(operation + " refused the WAV audio: its data comes before its fmt chunk");
                    }
                    return format.checked(operation);
                }
                byte[] body = in.readNBytes((int) Math.min(size + (size & 1), MAX_HEADER));
                read += body.length;
                if (id.equals("fmt ") && body.length >= 16) {
                    format = new WavFormat((int) littleEndian(body, 0, 2), (int) littleEndian(body, 2, 2),
                            (int) littleEndian(body, 4, 4), (int) littleEndian(body, 14, 2));
                }
            }
            throw new SlngException(operation + " refused the WAV audio: no data chunk in its first " + MAX_HEADER + " bytes");
        }

        private WavFormat checked(String operation) throws SlngException {
            if (format != PCM && format != EXTENSIBLE || bits != 16 || channels != 1) {
                throw new SlngException(operation + " refused the WAV audio: it is " + describe() + ", and the stream takes"
                                        + " 16-bit PCM mono (linear16); convert it first, e.g. sox in.wav -b 16 -c 1 -e"
                                        + " signed-integer out.wav");
            }
            if (sampleRate <= 0) {
                throw new SlngException(operation + " refused the WAV audio: its sample rate is " + sampleRate);
            }
            return this;
        }

        private String describe() {
            String kind = format == PCM || format == EXTENSIBLE ? "PCM" : format == 3 ? "float" : "format " + format;
            return bits + "-bit " + kind + " with " + channels + " channel" + (channels == 1 ? "" : "s")
                   + " at " + sampleRate + " Hz";
        }

        private static long littleEndian(byte[] bytes, int offset, int length) {
            long value = 0;
            for (int i = length - 1; i >= 0; i--) {
                value = value << 8 | bytes[offset + i] & 0xFF;
            }
            return value;
        }
    }
}
