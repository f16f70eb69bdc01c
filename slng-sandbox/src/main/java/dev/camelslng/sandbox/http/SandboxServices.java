package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.batch.BatchJobStore;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.fault.FaultInjector;

import java.util.function.Supplier;

/**
 * Everything the HTTP handlers share: the engine, the sandbox state and the settings.
 *
 * @param engine              the speech engine
 * @param faults              the armed faults
 * @param requests            where requests are recorded
 * @param jobs                the batch jobs
 * @param apiKey              the key clients must present
 * @param ttsContentType      {@code audio/wav} or {@code audio/pcm}
 * @param batchPollsUntilDone status polls a batch job spends before its end state
 * @param baseUrl             the server's base URL, known only once it listens
 */
public record SandboxServices(SpeechEngine engine, FaultInjector faults, RecordedRequests requests, BatchJobStore jobs, String apiKey,
                              String ttsContentType, int batchPollsUntilDone, Supplier<String> baseUrl) {
}
