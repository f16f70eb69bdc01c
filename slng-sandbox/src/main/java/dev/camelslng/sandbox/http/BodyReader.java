package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.function.Supplier;

/**
 * Reads a whole request body. Multipart file parts are streamed: the audio part goes chunk by chunk into a
 * {@link Transcriber} and is never held in memory by the sandbox, so uploads of any size pass. Other bodies (JSON) are
 * buffered up to a limit. A {@link Transcriber#blocking() blocking} transcriber's result is taken on a worker thread.
 */
final class BodyReader {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReader.class);
    private static final int MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
    /** The field in which STT clients declare the audio encoding (protocol §4.1). */
    private static final String ENCODING_FIELD = "encoding";
    private static final String SAMPLE_RATE_FIELD = "sample_rate";
    private static final int DEFAULT_SAMPLE_RATE = 16_000;

    private final WorkerExecutor decoders;
    private final SpeechEngine engine;

    BodyReader(WorkerExecutor decoders, SpeechEngine engine) {
        this.decoders = decoders;
        this.engine = engine;
    }

    /**
     * Reads the body of a request that has just arrived.
     *
     * @param request   the request, not yet read
     * @param audioPart the multipart part (or JSON base64 field) holding audio to transcribe, null if none
     * @param onEnd     called on the request's context once the body has been read completely
     */
    void read(HttpServerRequest request, String audioPart, Handler<RequestBody> onEnd) {
        request.exceptionHandler(e -> LOG.debug("Request {} {} failed while reading: {}", request.method(), request.path(), e.toString()));
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            readMultipart(request, audioPart, onEnd);
        } else {
            readBuffered(request, audioPart, onEnd);
        }
    }

    private void readMultipart(HttpServerRequest request, String audioPart, Handler<RequestBody> onEnd) {
        AudioPart[] audio = new AudioPart[1];
        request.setExpectMultipart(true);
        request.uploadHandler(upload -> {
            if (upload.name().equals(audioPart) && audio[0] == null) {
                audio[0] = new AudioPart(upload, engine.newTranscriber(sampleRate(request.formAttributes().get(SAMPLE_RATE_FIELD))));
            } else {
                upload.handler(ignored -> { });
            }
        });
        request.endHandler(v -> {
            Future<UploadedAudio> uploaded = audio[0] == null ? Future.succeededFuture()
                    : finish(audio[0].transcriber, () -> audio[0].finish(request.formAttributes().get(ENCODING_FIELD)));
            uploaded.onSuccess(file -> onEnd.handle(new RequestBody(true, request.formAttributes(), null, file, false, false)));
        });
    }

    private void readBuffered(HttpServerRequest request, String audioField, Handler<RequestBody> onEnd) {
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = new boolean[1];
        request.handler(chunk -> {
            if (body.length() + chunk.length() > MAX_BUFFERED_BYTES) {
                tooLarge[0] = true;
            } else if (!tooLarge[0]) {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            JsonNode json = tooLarge[0] || body.length() == 0 ? null : Json.parseOrNull(body.getBytes());
            Future<UploadedAudio> audio = Future.succeededFuture();
            boolean notBase64 = false;
            if (audioField != null && json != null && json.path(audioField).isTextual()) {
                try {
                    byte[] decoded = Base64.getMimeDecoder().decode(json.get(audioField).asText());
                    int sampleRate = sampleRate(json.path(SAMPLE_RATE_FIELD).asText(null));
                    audio = transcribe(decoded, json.path(ENCODING_FIELD).asText(null), sampleRate);
                } catch (IllegalArgumentException e) {
                    notBase64 = true;
                }
            }
            boolean badBase64 = notBase64;
            audio.onSuccess(file -> onEnd.handle(
                    new RequestBody(false, MultiMap.caseInsensitiveMultiMap(), json, file, tooLarge[0], badBase64)));
        });
    }

    private Future<UploadedAudio> transcribe(byte[] audio, String declaredEncoding, int sampleRate) {
        Transcriber transcriber = engine.newTranscriber(sampleRate);
        transcriber.feed(audio);
        return finish(transcriber, () -> new UploadedAudio(null, null, audio.length, transcriber.result(),
                undecodable(audio.length, transcriber, declaredEncoding)));
    }

    /** Takes a blocking transcriber's result on a worker thread, any other one right here. */
    private Future<UploadedAudio> finish(Transcriber transcriber, Supplier<UploadedAudio> result) {
        if (!transcriber.blocking()) {
            return Future.succeededFuture(result.get());
        }
        return decoders.executeBlocking(result::get, false).onFailure(e -> LOG.warn("Transcription failed", e));
    }

    private static int sampleRate(String declared) {
        try {
            return declared == null ? DEFAULT_SAMPLE_RATE : Integer.parseInt(declared.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_SAMPLE_RATE;
        }
    }

    /** Empty audio is refused whatever the engine; anything else only if the engine can tell. */
    private static String undecodable(long bytes, Transcriber transcriber, String declaredEncoding) {
        return bytes == 0 ? "Empty audio: 0 bytes" : transcriber.undecodableReason(declaredEncoding).orElse(null);
    }

    /** Streams one file part into a transcriber, counting its bytes. */
    private static final class AudioPart {
        private final HttpServerFileUpload upload;
        private final Transcriber transcriber;
        private long bytes;

        AudioPart(HttpServerFileUpload upload, Transcriber transcriber) {
            this.upload = upload;
            this.transcriber = transcriber;
            upload.handler(chunk -> {
                bytes += chunk.length();
                transcriber.feed(chunk.getBytes());
            });
        }

        UploadedAudio finish(String declaredEncoding) {
            return new UploadedAudio(upload.filename(), upload.contentType(), bytes, transcriber.result(),
                    undecodable(bytes, transcriber, declaredEncoding));
        }
    }
}
