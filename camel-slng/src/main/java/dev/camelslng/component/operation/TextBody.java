package dev.camelslng.component.operation;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

import dev.camelslng.component.SlngException;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/** The text a TTS message asks to speak. */
public final class TextBody {

    private TextBody() {
    }

    /**
     * Text, or what holds text (a file, a stream, bytes); anything else would be spoken as its toString(), such as
     * "{text=hello}" for a Map, so it is refused.
     *
     * @param message   the message
     * @param operation the endpoint as the user wrote it, e.g. {@code slng:tts}, for the error message
     */
    public static String of(Message message, String operation) throws SlngException {
        String text = tokenOf(message, operation);
        if (text.isBlank()) {
            throw new SlngException(operation + " needs the text to speak in the message body, but it is empty");
        }
        return text;
    }

    /**
     * As {@link #of}, but whitespace, or nothing, is text too: a token of a text written as it is generated, such as an
     * LLM's, which may be a space or a newline.
     */
    public static String tokenOf(Message message, String operation) throws SlngException {
        Object body = message.getBody();
        boolean textual = body instanceof CharSequence || body instanceof byte[] || body instanceof char[]
                          || body instanceof InputStream || body instanceof Reader || body instanceof File
                          || body instanceof Path || body instanceof WrappedFile<?>;
        if (body != null && !textual) {
            throw new SlngException(operation + " needs the text to speak in the message body (a String, or a file, stream or"
                                    + " bytes of text), but it is a " + body.getClass().getName()
                                    + "; set the body to the text first, e.g. .setBody(simple(\"${body[text]}\"))");
        }
        String text = body == null ? null : message.getBody(String.class);
        if (text == null) {
            throw new SlngException(operation + " needs the text to speak in the message body, but it has none");
        }
        return text;
    }
}
