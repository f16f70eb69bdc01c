package dev.camelslng.examples.filedrop;

import java.nio.file.Path;

import dev.camelslng.component.protocol.SttTranscription;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Every recording dropped into the inbox is sent to {@code slng:stt}; the transcript and the full response land in the
 * outbox, and the recording moves to done. A recording that fails moves to failed next to a file saying why: nothing is
 * deleted or overwritten (see {@link ArchiveNames}), and a failed file can be dropped into the inbox again.
 */
public class TranscriptionRoutes extends RouteBuilder {

    private static final String STORED = "${exchangeProperty." + ArchiveNames.STORED_NAME + "}";
    private static final String BASE = "${exchangeProperty." + ArchiveNames.BASE_NAME + "}";
    static final String AUDIO_FILES = "(?i).*\\.(wav|mp3|flac|ogg|opus|m4a|mp4|aac|webm|amr)";

    private final FileDropSettings settings;

    public TranscriptionRoutes(FileDropSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "Could not transcribe ${file:name}, moved to " + settings.failed()
                                        + "/" + STORED + ": ${exception.message}")
                .setBody(simple("${exception.message}"))
                .to(folder(settings.failed()) + "?fileName=" + STORED + ".error.txt");

        from(folder(settings.inbox()) + "?include=" + AUDIO_FILES + "&sortBy=file:name"
             + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=200"
             + "&move=" + settings.done() + "/" + STORED
             + "&moveFailed=" + settings.failed() + "/" + STORED)
                .routeId("transcribe-drops")
                .process(new ArchiveNames(settings))
                .to("slng:stt?outputType=response")
                .setProperty("transcription", body())
                .marshal().json(JsonLibrary.Jackson, true)
                .to(folder(settings.outbox()) + "?fileName=" + BASE + ".json")
                .setBody(exchange -> exchange.getProperty("transcription", SttTranscription.class).transcript())
                .to(folder(settings.outbox()) + "?fileName=" + BASE + ".txt")
                .log("Transcribed ${file:name} -> " + settings.outbox() + "/" + BASE + ".txt: \"${body}\"");
    }

    private static String folder(Path path) {
        return "file:" + path;
    }
}
