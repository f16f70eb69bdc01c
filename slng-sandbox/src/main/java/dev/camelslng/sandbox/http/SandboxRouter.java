package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.catalog.ModelUse;
import dev.camelslng.sandbox.fault.SandboxRoute;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the sandbox's HTTP routes: the unified bridge (TTS, STT) over HTTP and WebSocket, the batch API, the
 * presigned downloads, the account probe, the model catalogue and the admin fault endpoint.
 */
public final class SandboxRouter {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxRouter.class);
    private static final String REQUEST_ID_HEADER = "x-slng-request-id";
    private static final int MAX_ADMIN_BODY = 64 * 1024;

    private SandboxRouter() {
    }

    /**
     * Builds the router.
     *
     * @param  vertx    the Vert.x instance serving it
     * @param  services the sandbox state and settings
     * @return          a router to use as the HTTP server's request handler
     */
    public static Router create(Vertx vertx, SandboxServices services) {
        Router router = Router.router(vertx);
        router.route().handler(context -> {
            context.response().putHeader(REQUEST_ID_HEADER, "req_" + RandomIds.hex(12));
            context.next();
        });

        AdminHandler admin = new AdminHandler(services.faults());
        router.post("/_sandbox/faults").handler(BodyHandler.create(false).setBodyLimit(MAX_ADMIN_BODY)).handler(admin::add);
        router.delete("/_sandbox/faults").handler(admin::clear);

        RequestPipeline pipeline = new RequestPipeline(vertx, services);
        TtsHandler tts = new TtsHandler(vertx, services);
        SttHandler stt = new SttHandler(services.models());
        CatalogHandler catalog = new CatalogHandler(services.models());
        BatchHandler batch = new BatchHandler(services);
        DownloadHandler downloads = new DownloadHandler(services);
        StreamUpgradeHandler upgrades = new StreamUpgradeHandler(vertx, services);
        router.get(TtsHandler.PATH_PREFIX + "*").handler(upgrades.bridge(SandboxRoute.TTS_STREAM, TtsHandler.PATH_PREFIX, ModelUse.TTS_WS));
        router.get(SttHandler.PATH_PREFIX + "*").handler(upgrades.bridge(SandboxRoute.STT_STREAM, SttHandler.PATH_PREFIX, ModelUse.STT_WS));
        router.post(TtsHandler.PATH_PREFIX + "*").handler(pipeline.authenticated(SandboxRoute.TTS, null, tts::handle));
        router.post(SttHandler.PATH_PREFIX + "*").handler(pipeline.authenticated(SandboxRoute.STT, SttHandler.AUDIO_PART, stt::handle));
        router.post("/v1/batch/jobs").handler(pipeline.authenticated(SandboxRoute.BATCH_SUBMIT, BatchHandler.FILE_PART, batch::submit));
        router.get("/v1/batch/jobs").handler(pipeline.authenticated(SandboxRoute.BATCH_LIST, null, batch::list));
        router.get("/v1/batch/jobs/:id").handler(pipeline.authenticated(SandboxRoute.BATCH_STATUS, null, batch::status));
        router.get("/v1/batch/jobs/:id/files").handler(pipeline.authenticated(SandboxRoute.BATCH_FILES, null, batch::files));
        router.get("/v1/me").handler(pipeline.authenticated(SandboxRoute.ME, null, AccountHandler::me));
        router.get("/v1/catalog/models").handler(pipeline.open(SandboxRoute.CATALOG_LIST, catalog::list));
        router.get(CatalogHandler.MODEL_PATH_PREFIX + "*").handler(pipeline.open(SandboxRoute.CATALOG_MODEL, catalog::model));
        router.get("/_sandbox/downloads/:file").handler(pipeline.open(SandboxRoute.BATCH_DOWNLOAD, downloads::handle));
        router.route().handler(pipeline.open(SandboxRoute.UNMATCHED, exchange -> exchange.error(404, "Not found")));

        router.errorHandler(500, context -> {
            LOG.warn("Unexpected failure on {} {}", context.request().method(), context.request().path(), context.failure());
            if (!context.response().ended()) {
                context.response().setStatusCode(500).putHeader("Content-Type", "application/json")
                        .end("{\"error\":\"Service error\",\"details\":\"Internal processing error\"}");
            }
        });
        return router;
    }
}
