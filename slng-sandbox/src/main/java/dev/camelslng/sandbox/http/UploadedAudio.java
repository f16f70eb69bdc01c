package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.engine.Transcript;

/**
 * The audio a request carried (a multipart file part or base64 JSON), transcribed as it was read.
 *
 * @param fileName    the part's file name, null for JSON
 * @param contentType the part's content type, null for JSON
 * @param bytes       how many audio bytes arrived
 * @param transcript  what the engine heard
 * @param undecodable why the engine cannot decode it, null when it can (or cannot tell)
 */
record UploadedAudio(String fileName, String contentType, long bytes, Transcript transcript, String undecodable) {
}
