package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.batch.BatchJobStore;
import dev.camelslng.sandbox.batch.DuplicateJobId;
import dev.camelslng.sandbox.catalog.ModelCatalog;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.fault.FaultInjector;
import dev.camelslng.sandbox.stream.StreamRecords;
import dev.camelslng.sandbox.stream.StreamSettings;
import io.vertx.core.WorkerExecutor;

import java.util.function.Supplier;

/**
 * Everything the HTTP handlers share: the engine, the sandbox state and the settings.
 *
 * @param engine              the speech engine
 * @param faults              the armed faults
 * @param requests            where requests are recorded
 * @param jobs                the batch jobs
 * @param models              the models requests may name
 * @param apiKey              the key clients must present
 * @param ttsContentType      {@code audio/wav} or {@code audio/pcm}
 * @param batchPollsUntilDone status polls a batch job spends before its end state
 * @param duplicateJobId      the answer to a batch submit whose job id is taken
 * @param baseUrl             the server's base URL, known only once it listens
 * @param streamSettings      the defaults of the WebSocket bridges
 * @param streams             where WebSocket bridge sessions are recorded
 * @param decoders            the worker threads that decode speech, apart from Vert.x's own, so that decodes waiting for
 *                            a recogniser never hold up other blocking work (synthesis, say)
 */
public record SandboxServices(SpeechEngine engine, FaultInjector faults, RecordedRequests requests, BatchJobStore jobs, ModelCatalog models,
                              String apiKey, String ttsContentType, int batchPollsUntilDone, DuplicateJobId duplicateJobId,
                              Supplier<String> baseUrl, StreamSettings streamSettings, StreamRecords streams,
                              WorkerExecutor decoders) {
}
