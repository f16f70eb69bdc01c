package dev.camelslng.component.operation;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.camelslng.component.SlngException;
import dev.camelslng.component.audio.G711;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.FormBodyPart;
import org.apache.hc.client5.http.entity.mime.FormBodyPartBuilder;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.InputStreamBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * The audio of a message as a multipart part that streams: files are read from disk as the request is written, so a
 * 1 GiB recording never sits in the heap. Files, byte arrays and Camel stream caches can be sent again on retry; a plain
 * InputStream only once. Empty audio is refused before anything is sent.
 */
public final class AudioUpload {

    private final Supplier<ContentBody> bodies;
    private final boolean repeatable;

    private AudioUpload(Supplier<ContentBody> bodies, boolean repeatable) {
        this.bodies = bodies;
        this.repeatable = repeatable;
    }

    /**
     * A form builder that writes part headers as browsers do and RFC 7578 §4.2 asks: a file name as raw UTF-8 in
     * {@code filename="..."}, never {@code filename*}. HttpClient's default (strict) mode writes it as ISO-8859-1, so
     * other characters become {@code ?}. Text fields ({@code addTextBody}) are UTF-8 too. The request says so:
     * HttpClient's own {@code multipart/form-data} declares {@code charset=ISO-8859-1}, and servers that honour it
     * (Netty does) read the name wrong. Add the audio with {@link #part}.
     */
    public static MultipartEntityBuilder form() {
        return MultipartEntityBuilder.create().setMode(HttpMultipartMode.LEGACY)
                .setContentType(ContentType.MULTIPART_FORM_DATA.withCharset(StandardCharsets.UTF_8));
    }

    /** Reads the audio from the message body, refusing with a clear message what is not audio or is empty. */
    public static AudioUpload of(Message message, String operation, String encoding) throws SlngException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;
        }
        if (body instanceof Path path) {
            body = path.toFile();
        }
        ContentType header = audioContentType(message);
        if (body instanceof File file) {
            if (!file.isFile()) {
                throw new SlngException("slng:" + operation + " cannot read audio file " + file + ": it does not exist"
                                        + " or is not a file");
            }
            requireAudio(file.length() > 0, operation, "file " + file);
            AudioLabel label = AudioLabel.named(file.getName(), header);
            return new AudioUpload(() -> new FileBody(file, label.type(), label.fileName()), true);
        }
        String name = fileName(message);
        if (body instanceof byte[] bytes) {
            requireAudio(bytes.length > 0, operation, "the byte[] body");
            AudioLabel label = label(name, bytes, header, encoding);
            return new AudioUpload(() -> new ByteArrayBody(bytes, label.type(), label.fileName()), true);
        }
        if (body instanceof StreamCache cache && body instanceof InputStream stream) {
            cache.reset();
            byte[] head = head(stream, operation);
            cache.reset();
            requireAudio(head.length > 0, operation, "the stream cache body");
            AudioLabel label = label(name, head, header, encoding);
            return new AudioUpload(() -> {
                cache.reset();
                return new InputStreamBody(stream, label.type(), label.fileName());
            }, true);
        }
        if (body == null || body instanceof CharSequence) {
            throw new SlngException("slng:" + operation + " needs audio in the message body (File, Path, GenericFile,"
                                    + " byte[] or InputStream), but it is "
                                    + (body == null ? "empty" : "text (" + body.getClass().getName() + ")"));
        }
        InputStream stream = message.getBody(InputStream.class);
        if (stream == null) {
            throw new SlngException("slng:" + operation + " cannot read audio from a body of type "
                                    + body.getClass().getName() + ": send a File, Path, GenericFile, byte[] or InputStream");
        }
        // Peek at the first bytes without losing them: they tell whether there is audio at all, and which format.
        PushbackInputStream peekable = new PushbackInputStream(stream, AudioLabel.HEAD_SIZE);
        byte[] head = head(peekable, operation);
        requireAudio(head.length > 0, operation, "the InputStream body");
        AudioLabel label = label(name, head, header, encoding);
        return new AudioUpload(() -> new InputStreamBody(peekable, label.type(), label.fileName()), false);
    }

    /**
     * Reads G.711 phone audio from the message body (whatever Camel turns into bytes: a file, a stream, bytes) and
     * uploads it as the WAV of the 16-bit PCM it decodes to, at {@code sampleRate}.
     */
    public static AudioUpload phone(Message message, String operation, G711 law, int sampleRate) throws SlngException {
        byte[] samples = message.getBody(byte[].class);
        requireAudio(samples != null && samples.length > 0, operation, "the body of encoding=" + law.encoding());
        if (AudioLabel.isWav(samples)) {
            throw new SlngException("slng:" + operation + " with encoding=" + law.encoding() + " takes raw G.711 bytes, but the"
                                    + " body is a WAV file: send it without encoding=" + law.encoding());
        }
        byte[] wav = law.decodeToWav(samples, sampleRate);
        return new AudioUpload(() -> new ByteArrayBody(wav, ContentType.create("audio/wav"), "audio.wav"), true);
    }

    /**
     * A fresh multipart part holding the audio, for a builder from {@link #form()}. Its Content-Disposition is written
     * here: HttpClient 5.5 would add {@code filename*} to a part built from {@code addPart(name, body)}.
     */
    public FormBodyPart part(String name) {
        ContentBody body = bodies.get();
        return FormBodyPartBuilder.create(name, body).addField(HttpHeaders.CONTENT_DISPOSITION, "form-data",
                List.of(new BasicNameValuePair("name", name), new BasicNameValuePair("filename", headerSafe(body.getFilename()))))
                .build();
    }

    /** Whether {@link #part} may be called more than once, that is whether the upload can be retried. */
    public boolean repeatable() {
        return repeatable;
    }

    private static void requireAudio(boolean present, String operation, String source) throws SlngException {
        if (!present) {
            throw new SlngException("slng:" + operation + " got empty audio (0 bytes) in " + source + ": nothing was sent");
        }
    }

    /** HttpClient escapes quotes and backslashes in a part header, not line breaks, which would start a new header. */
    private static String headerSafe(String fileName) {
        return fileName.replaceAll("\\p{Cntrl}", "_");
    }

    private static AudioLabel label(String name, byte[] head, ContentType header, String encoding) {
        return name != null ? AudioLabel.named(name, header) : AudioLabel.unnamed(head, header, encoding);
    }

    private static String fileName(Message message) {
        String name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = message.getHeader(Exchange.FILE_NAME, String.class);
        }
        return name == null || name.isBlank() ? null : new File(name).getName();
    }

    /** The message's Content-Type when it names an audio type, else null. */
    private static ContentType audioContentType(Message message) {
        String header = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("audio/") ? ContentType.parse(header) : null;
    }

    /** The first bytes of the audio; a pushback stream gets them back. */
    private static byte[] head(InputStream stream, String operation) throws SlngException {
        try {
            byte[] head = stream.readNBytes(AudioLabel.HEAD_SIZE);
            if (stream instanceof PushbackInputStream pushback) {
                pushback.unread(head);
            }
            return head;
        } catch (IOException e) {
            throw new SlngException("slng:" + operation + " cannot read the audio stream: " + e.getMessage(), null, e);
        }
    }
}
