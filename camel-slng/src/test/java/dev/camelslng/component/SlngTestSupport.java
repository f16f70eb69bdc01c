package dev.camelslng.component;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routes under test talk to a real SLNG-compatible server on a loopback port; retries wait milliseconds, not seconds.
 */
abstract class SlngTestSupport extends CamelTestSupport {

    static final String API_KEY = "slng_cu_test_9f2c4e7a1b";

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().apiKey(API_KEY)
            .batchPollsUntilDone(2));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setBaseUrl(SANDBOX.baseUrl());
        defaults.setApiKey(API_KEY);
        defaults.setRetryInitialDelay(10);
        defaults.setRetryMaxDelay(50);
        defaults.setBatchPollInterval(10);
        defaults.setBatchMaxPollInterval(40);
        return context;
    }

    SlngSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /** Audio the sandbox's engine turns back into {@code text}. */
    byte[] speech(String text) {
        return sandbox().engine().synthesize(text, null);
    }

    /** Sends to {@code uri} and returns the exchange, failed or not. */
    Exchange send(String uri, Object body) {
        return template.send(uri, exchange -> exchange.getMessage().setBody(body));
    }
}
