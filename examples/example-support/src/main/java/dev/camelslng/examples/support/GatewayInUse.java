package dev.camelslng.examples.support;

import java.io.UncheckedIOException;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.EngineKind;
import org.slf4j.Logger;

/**
 * The gateway a run talks to: the one the environment names or, when it names none, the embedded local
 * SLNG-compatible server started for the run, so that the example works with no account. Closing it stops that server.
 */
public final class GatewayInUse implements AutoCloseable {

    private static final double NANOS_PER_SECOND = 1e9;

    private final Gateway gateway;
    private final SlngSandbox sandbox;

    private GatewayInUse(Gateway gateway, SlngSandbox sandbox) {
        this.gateway = gateway;
        this.sandbox = sandbox;
    }

    /**
     * Starts the embedded server, with the requested engine, if {@code requested} has neither a key nor an address, and
     * says so on {@code log}. The real engine takes some seconds to load its models.
     *
     * @param  requested             the gateway the environment names
     * @param  log                   the example's own logger: the notice is one of the example's lines, under its name
     * @return                       the gateway to talk to, to be closed when the run is over
     * @throws CannotFinishException if the embedded server cannot start
     */
    public static GatewayInUse open(Gateway requested, Logger log) {
        if (!requested.needsEmbeddedServer()) {
            return new GatewayInUse(requested, null);
        }
        long start = System.nanoTime();
        SlngSandbox sandbox = startSandbox(requested.localEngine());
        String engine = requested.localEngine() == EngineKind.REAL
                ? String.format("real speech, FreeTTS and Sphinx4, loaded in %.1f s", (System.nanoTime() - start) / NANOS_PER_SECOND)
                : "tone engine: SLNG_LOCAL_ENGINE=tone";
        log.info("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server at {} ({})",
                sandbox.baseUrl(), engine);
        return new GatewayInUse(requested.withAddress(sandbox.baseUrl(), sandbox.apiKey()), sandbox);
    }

    /**
     * @return the requested gateway, or the embedded server's address and key
     */
    public Gateway gateway() {
        return gateway;
    }

    /**
     * @return whether the run talks to the embedded server's real engine, which decodes at a quarter to half of real
     *         time, one recording after another: a long recording takes minutes to come back
     */
    public boolean decodesSlowly() {
        return sandbox != null && gateway.localEngine() == EngineKind.REAL;
    }

    /** Stops the embedded server, if one was started. */
    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static SlngSandbox startSandbox(EngineKind engine) {
        try {
            return SlngSandbox.builder().engine(engine).build().start();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new CannotFinishException("the embedded local SLNG-compatible server: " + CannotFinishException.from(e).getMessage());
        }
    }
}
