package dev.camelslng.sandbox.fault;

/**
 * The sandbox endpoints, as faults target them and as recorded requests report them.
 */
public enum SandboxRoute {
    /** {@code POST /v1/bridges/unmute/tts/{model}}. */
    TTS,
    /** {@code POST /v1/bridges/unmute/stt/{model}}. */
    STT,
    /** {@code GET /v1/bridges/unmute/tts/{model}}, the WebSocket TTS bridge (one fault per connection). */
    TTS_STREAM,
    /** {@code GET /v1/bridges/unmute/stt/{model}}, the WebSocket STT bridge (one fault per connection). */
    STT_STREAM,
    /** {@code POST /v1/batch/jobs}. */
    BATCH_SUBMIT,
    /** {@code GET /v1/batch/jobs/{id}}. */
    BATCH_STATUS,
    /** {@code GET /v1/batch/jobs/{id}/files}. */
    BATCH_FILES,
    /** {@code GET /_sandbox/downloads/{id}.{txt|json}}, the stand-in for presigned S3 links. */
    BATCH_DOWNLOAD,
    /** {@code GET /v1/batch/jobs}. */
    BATCH_LIST,
    /** {@code GET /v1/me}. */
    ME,
    /** {@code GET /v1/catalog/models}. */
    CATALOG_LIST,
    /** {@code GET /v1/catalog/models/{model_code}}. */
    CATALOG_MODEL,
    /** Any path the sandbox does not serve (answered 404). */
    UNMATCHED,
    /** Every route: as a fault target it matches all requests, in {@code count} it counts all of them. */
    ANY;

    /**
     * Whether this route, used as a filter, covers a request made on the given route.
     *
     * @param  actual the route a request was made on
     * @return        true when this is {@link #ANY} or the same route
     */
    public boolean matches(SandboxRoute actual) {
        return this == ANY || this == actual;
    }
}
