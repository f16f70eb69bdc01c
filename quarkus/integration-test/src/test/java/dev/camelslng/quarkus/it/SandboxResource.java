package dev.camelslng.quarkus.it;

import java.util.Map;

import dev.camelslng.sandbox.SlngSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the local SLNG-compatible server on loopback before the application, and points the component at it. */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    private SlngSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = SlngSandbox.builder().build().start();
        return Map.of(
                "camel.component.slng.base-url", sandbox.baseUrl(),
                "camel.component.slng.api-key", sandbox.apiKey());
    }

    @Override
    public void stop() {
        sandbox.stop();
    }
}
