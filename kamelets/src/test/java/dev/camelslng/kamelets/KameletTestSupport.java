package dev.camelslng.kamelets;

import java.util.Arrays;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * YAML routes that use the Kamelets from this module's classpath, against a real SLNG-compatible server on loopback.
 * The routes pass the server's address and key as Kamelet properties, as a user would for the real gateway.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    static final String API_KEY = "slng_cu_kamelets_5d1e8a";
    private static final int WAV_HEADER = 44;

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().apiKey(API_KEY));

    /** Loads YAML routes the way camel-main loads a route file; {@code @baseUrl@} and {@code @apiKey@} name the sandbox. */
    void loadRoutes(String name, String yaml) throws Exception {
        String routes = yaml.replace("@baseUrl@", SANDBOX.baseUrl()).replace("@apiKey@", API_KEY);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name, routes));
    }

    SlngSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /** The 16 kHz PCM the sandbox's engine turns back into {@code text}: its WAV without the header. */
    byte[] pcm(String text) {
        byte[] wav = sandbox().engine().synthesize(text, null);
        return Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
    }
}
