package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.batch.BatchJob;
import dev.camelslng.sandbox.batch.JobStatus;
import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code GET /_sandbox/downloads/{id}.{txt|json}}: the stand-in for the presigned S3 result links. Like S3, it takes no
 * API key, checks the signature in the query, and refuses a request that also carries an {@code Authorization} header.
 */
final class DownloadHandler {

    private final SandboxServices services;

    DownloadHandler(SandboxServices services) {
        this.services = services;
    }

    void handle(SandboxExchange exchange) {
        if (exchange.request().getHeader("Authorization") != null) {
            exchange.error(400, "Only one auth mechanism allowed");
            return;
        }
        String file = exchange.pathParam("file");
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        Optional<BatchJob> job = dot < 0 ? Optional.empty() : services.jobs().find(file.substring(0, dot));
        if (job.isEmpty() || job.get().status() != JobStatus.DONE || !("txt".equals(format) || "json".equals(format))) {
            exchange.error(404, "Not found");
            return;
        }
        String signature = exchange.request().getParam("X-Amz-Signature");
        if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                job.get().downloadSignature().getBytes(StandardCharsets.UTF_8))) {
            exchange.error(403, "Forbidden", "The request signature does not match");
            return;
        }
        if ("txt".equals(format)) {
            exchange.send(200, "text/plain; charset=utf-8", Buffer.buffer(job.get().input().transcript().text()));
        } else {
            exchange.json(200, BatchViews.speechmaticsJson(job.get()));
        }
    }
}
