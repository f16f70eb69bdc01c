package dev.camelslng.component.protocol;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code GET /v1/batch/jobs/{id}/files}. Two shapes are documented: {@code outputs: [{format, download_url}]} and
 * an older {@code outputs: [{name, content_type, url}]}; both are understood.
 */
public final class BatchOutputs {

    private BatchOutputs() {
    }

    /** The download URL of the output in {@code format} (txt or json), if the job has one. */
    public static Optional<String> downloadUrl(JsonNode files, String format) {
        for (JsonNode output : files.path("outputs")) {
            String declared = output.path("format").asText("");
            String name = output.path("name").asText("").toLowerCase(Locale.ROOT);
            if (declared.equalsIgnoreCase(format) || name.endsWith("." + format)) {
                String url = output.path("download_url").asText(output.path("url").asText(null));
                if (url != null && !url.isBlank()) {
                    return Optional.of(url);
                }
            }
        }
        return Optional.empty();
    }

    /** The plain transcript of a Speechmatics-style JSON output: the words in order, punctuation attached. */
    public static String transcriptOf(JsonNode speechmaticsJson) {
        StringBuilder text = new StringBuilder();
        for (JsonNode result : speechmaticsJson.path("results")) {
            String content = result.path("alternatives").path(0).path("content").asText("");
            if (content.isEmpty()) {
                continue;
            }
            boolean attach = "punctuation".equals(result.path("type").asText()) || text.isEmpty();
            text.append(attach ? "" : " ").append(content);
        }
        return text.toString();
    }

    /** The job's error_message, which is either text or an error envelope. */
    public static String errorMessage(JsonNode job) {
        JsonNode error = job.path("error_message");
        if (error.isTextual()) {
            return error.asText();
        }
        for (String field : new String[] {"message", "error", "detail"}) {
            if (error.path(field).isTextual()) {
                return error.path(field).asText();
            }
        }
        return error.isMissingNode() || error.isNull() ? "no reason given" : error.toString();
    }
}
