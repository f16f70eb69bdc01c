package dev.camelslng.component.http;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.camelslng.component.SlngException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.InputStreamBody;
import org.apache.hc.core5.http.ContentType;

/**
 * The audio of a message as a multipart part that streams: files are read from disk as the request is written, so a
 * 1 GiB recording never sits in the heap. Files, byte arrays and Camel stream caches can be sent again on retry; a plain
 * InputStream only once.
 *
 * @param parts      makes a fresh part (with file name and audio MIME type) for each attempt
 * @param repeatable whether {@code parts} may be called more than once
 */
public record AudioUpload(Supplier<ContentBody> parts, boolean repeatable) {

    private static final Map<String, String> AUDIO_TYPES = Map.ofEntries(
            Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"), Map.entry("flac", "audio/flac"),
            Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/opus"), Map.entry("m4a", "audio/mp4"),
            Map.entry("mp4", "audio/mp4"), Map.entry("aac", "audio/aac"), Map.entry("webm", "audio/webm"),
            Map.entry("amr", "audio/amr"), Map.entry("pcm", "audio/pcm"), Map.entry("raw", "audio/pcm"));
    private static final String DEFAULT_NAME = "audio.wav";

    /** Reads the audio from the message body, refusing with a clear message what is not audio. */
    public static AudioUpload of(Message message, String operation) throws SlngException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;
        }
        if (body instanceof Path path) {
            body = path.toFile();
        }
        if (body instanceof File file) {
            if (!file.isFile()) {
                throw new SlngException("slng:" + operation + " cannot read audio file " + file + ": it does not exist"
                                        + " or is not a file");
            }
            ContentType type = contentType(message, file.getName());
            return new AudioUpload(() -> new FileBody(file, type, file.getName()), true);
        }
        String name = fileName(message);
        ContentType type = contentType(message, name);
        if (body instanceof byte[] bytes) {
            return new AudioUpload(() -> new ByteArrayBody(bytes, type, name), true);
        }
        if (body instanceof StreamCache cache && body instanceof InputStream stream) {
            return new AudioUpload(() -> {
                cache.reset();
                return new InputStreamBody(stream, type, name);
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
        return new AudioUpload(() -> new InputStreamBody(stream, type, name), false);
    }

    private static String fileName(Message message) {
        String name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = message.getHeader(Exchange.FILE_NAME, String.class);
        }
        return name == null || name.isBlank() ? DEFAULT_NAME : new File(name).getName();
    }

    /** An audio/* Content-Type header wins; then the file extension; then application/octet-stream. */
    private static ContentType contentType(Message message, String fileName) {
        String header = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (header != null && header.toLowerCase(Locale.ROOT).startsWith("audio/")) {
            return ContentType.parse(header);
        }
        int dot = fileName.lastIndexOf('.');
        String type = dot < 0 ? null : AUDIO_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.create(type);
    }
}
