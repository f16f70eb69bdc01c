package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.engine.SpeechEngine;
import io.vertx.core.WorkerExecutor;

/**
 * How the STT bridge decodes: the engine, and the worker threads for its {@link
 * dev.camelslng.sandbox.engine.Transcriber#blocking() blocking} transcribers.
 *
 * @param engine  the speech engine
 * @param workers the sandbox's decoder threads, apart from Vert.x's own
 */
record SttDecoding(SpeechEngine engine, WorkerExecutor workers) {
}
