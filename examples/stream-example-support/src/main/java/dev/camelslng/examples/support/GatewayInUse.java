package dev.camelslng.examples.support;

import dev.camelslng.sandbox.SlngSandbox;
import org.slf4j.Logger;

/**
 * The gateway a run talks to: the one the environment names or, when it names none, the embedded local
 * SLNG-compatible server started for the run, so that the example works with no account. Closing it stops that server.
 */
public final class GatewayInUse implements AutoCloseable {

    private final Gateway gateway;
    private final SlngSandbox sandbox;

    private GatewayInUse(Gateway gateway, SlngSandbox sandbox) {
        this.gateway = gateway;
        this.sandbox = sandbox;
    }

    /**
     * Starts the embedded server if {@code requested} has neither a key nor an address, and says so on {@code log}.
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
        SlngSandbox sandbox = startSandbox();
        log.info("No SLNG_API_KEY and no SLNG_BASE_URL: using the embedded local SLNG-compatible server at {}", sandbox.baseUrl());
        return new GatewayInUse(requested.withAddress(sandbox.baseUrl(), sandbox.apiKey()), sandbox);
    }

    /**
     * @return the requested gateway, or the embedded server's address and key
     */
    public Gateway gateway() {
        return gateway;
    }

    /** Stops the embedded server, if one was started. */
    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static SlngSandbox startSandbox() {
        try {
            return SlngSandbox.builder().build().start();
        } catch (IllegalStateException e) {
            throw new CannotFinishException("the embedded local SLNG-compatible server: " + CannotFinishException.from(e).getMessage());
        }
    }
}
