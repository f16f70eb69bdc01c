package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.batch.BatchJob;
import dev.camelslng.sandbox.batch.JobInput;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The JSON shapes of the batch API (protocol §5) and of its Speechmatics-like result file.
 */
final class BatchViews {

    /** Output formats offered by {@code /files}, also the download file extensions. */
    static final String[] OUTPUT_FORMATS = {"txt", "json"};

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int DOWNLOAD_EXPIRY_SECONDS = 3600;
    private static final double SYMBOL_SECONDS = 0.02;
    private static final double LEADING_SILENCE_SECONDS = 0.1;

    private BatchViews() {
    }

    static ObjectNode job(BatchJob job) {
        ObjectNode node = Json.object().put("job_id", job.id()).put("status", job.status().name()).put("model_code", job.modelCode());
        ObjectNode config = node.putObject("job_config").put("type", "transcription");
        config.set("transcription_config", job.transcriptionConfig());
        JobInput input = job.input();
        node.putObject("input_metadata").put("size_bytes", input.sizeBytes()).put("format", format(input))
                .put("mime_type", input.mimeType()).put("source", "upload");
        if (job.metadata() != null) {
            node.set("metadata", job.metadata());
        }
        if (job.errorMessage() != null) {
            node.put("error_message", job.errorMessage());
        }
        return node.put("submitted_at", iso(job.submittedAt())).put("started_at", iso(job.startedAt()))
                .put("completed_at", iso(job.completedAt()));
    }

    static ObjectNode files(BatchJob job, String baseUrl) {
        ObjectNode node = Json.object().put("job_id", job.id());
        String inputKey = "jobs/" + job.id() + "/input/" + (job.input().fileName() == null ? "audio" : job.input().fileName());
        node.putArray("inputs").addObject().put("key", inputKey).put("s3_uri", "s3://sandbox/" + inputKey)
                .put("size_bytes", job.input().sizeBytes());
        ArrayNode outputs = node.putArray("outputs");
        for (String format : OUTPUT_FORMATS) {
            String key = "jobs/" + job.id() + "/transcript." + format;
            outputs.addObject().put("format", format).put("key", key).put("s3_uri", "s3://sandbox/" + key)
                    .put("download_url", downloadUrl(job, format, baseUrl));
        }
        return node;
    }

    /** Shaped like an S3 SigV4 presigned link, whose query carries a credential valid for an hour (protocol §5). */
    private static String downloadUrl(BatchJob job, String format, String baseUrl) {
        String date = AMZ_DATE.format(job.completedAt());
        return baseUrl + "/_sandbox/downloads/" + job.id() + "." + format + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
               + "&X-Amz-Credential=SANDBOXKEYID%2F" + date.substring(0, 8) + "%2Feu-north-1%2Fs3%2Faws4_request"
               + "&X-Amz-Date=" + date + "&X-Amz-Expires=" + DOWNLOAD_EXPIRY_SECONDS + "&X-Amz-SignedHeaders=host"
               + "&X-Amz-Signature=" + job.downloadSignature();
    }

    /** Word timings follow the tone code: 100 ms of silence, then 20 ms per UTF-8 byte. */
    static ObjectNode speechmaticsJson(BatchJob job) {
        ObjectNode node = Json.object().put("format", "2.9");
        node.putObject("job").put("id", job.id()).put("created_at", iso(job.submittedAt()));
        ObjectNode metadata = node.putObject("metadata").put("type", "transcription");
        metadata.set("transcription_config", job.transcriptionConfig());
        ArrayNode results = node.putArray("results");
        String text = job.input().transcript().text();
        double confidence = job.input().transcript().confidence();
        int byteOffset = 0;
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            int length = token.getBytes(StandardCharsets.UTF_8).length;
            if (!token.isBlank()) {
                double start = LEADING_SILENCE_SECONDS + byteOffset * SYMBOL_SECONDS;
                ObjectNode word = results.addObject().put("type", "word").put("start_time", round(start))
                        .put("end_time", round(start + length * SYMBOL_SECONDS));
                word.putArray("alternatives").addObject().put("content", token).put("confidence", confidence);
            }
            byteOffset += length;
        }
        return node;
    }

    private static String format(JobInput input) {
        String name = input.fileName();
        if (name != null && name.lastIndexOf('.') > 0) {
            return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }
        String mime = input.mimeType();
        return mime != null && mime.contains("/") ? mime.substring(mime.indexOf('/') + 1).toLowerCase(Locale.ROOT) : "unknown";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
