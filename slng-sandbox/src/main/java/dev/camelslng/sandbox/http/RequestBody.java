package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;

/**
 * A fully read request body.
 *
 * @param multipart       whether it was {@code multipart/form-data}
 * @param form            the multipart text fields (empty otherwise)
 * @param json            the body parsed as JSON, null when not multipart-free valid JSON
 * @param audio           the audio found in the body, null if none
 * @param tooLarge        a non-multipart body went over the buffering limit and was dropped
 * @param audioNotBase64  a JSON {@code audio} field was not valid base64
 */
record RequestBody(boolean multipart, MultiMap form, JsonNode json, UploadedAudio audio, boolean tooLarge, boolean audioNotBase64) {
}
