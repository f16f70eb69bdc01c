package dev.camelslng.examples.filedrop;

import java.nio.file.Path;

import dev.camelslng.component.protocol.SttTranscription;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Every recording dropped into the inbox is sent to {@code slng:stt}; the transcript and the full response land in the
 * outbox, and the recording moves to done. A recording that fails moves to failed next to a file saying why
 * ({@code call.wav} next to {@code call.wav.error.txt}): nothing is deleted or overwritten (see {@link ArchiveNames}), and
 * a failed file can be dropped into the inbox again. Each recording logs one line when done; the {@link RunReport}
 * counts them.
 */
public class TranscriptionRoutes extends RouteBuilder {

    private static final String STORED = "${exchangeProperty." + ArchiveNames.STORED_NAME + "}";
    private static final String BASE = "${exchangeProperty." + ArchiveNames.BASE_NAME + "}";
    private static final String FACTS = "(${exchangeProperty." + RunReport.FACTS + "})";
    /** The one slng endpoint of the example, checked before the routes start (see {@link GatewayCheck}). */
    static final String TRANSCRIBE = "slng:stt?outputType=response";
    static final String AUDIO_FILES = "(?i).*\\.(wav|mp3|flac|ogg|opus|m4a|mp4|aac|webm|amr)";

    private final FileDropSettings settings;
    private final RunReport report;

    public TranscriptionRoutes(FileDropSettings settings, RunReport report) {
        this.settings = settings;
        this.report = report;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .logExhausted(false)
                .process(report::failed)
                .log(LoggingLevel.WARN, "Could not transcribe ${file:name} " + FACTS + ", moved to " + settings.failed()
                                        + "/" + STORED + ": ${exception.message}")
                .setBody(simple("${exception.message}\n"))
                .to(folder(settings.failed()) + "?fileName=" + STORED + ".error.txt");

        from(folder(settings.inbox()) + "?include=" + AUDIO_FILES + "&sortBy=file:name"
             + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=200"
             + "&move=" + settings.done() + "/" + STORED
             + "&moveFailed=" + settings.failed() + "/" + STORED)
                .routeId("transcribe-drops")
                .process(report::started)
                .process(new ArchiveNames(settings))
                .to(TRANSCRIBE)
                .setProperty("transcription", body())
                .marshal().json(JsonLibrary.Jackson, true)
                .to(folder(settings.outbox()) + "?fileName=" + BASE + ".json")
                .setBody(exchange -> exchange.getProperty("transcription", SttTranscription.class).transcript())
                .to(folder(settings.outbox()) + "?fileName=" + BASE + ".txt")
                .process(report::transcribed)
                .log("Transcribed ${file:name} " + FACTS + " -> " + settings.outbox() + "/" + BASE + ".txt: \"${body}\"");
    }

    private static String folder(Path path) {
        return "file:" + path;
    }
}
