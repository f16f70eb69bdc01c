package dev.camelslng.component;

import java.util.Arrays;

import org.apache.camel.CamelContext;

/**
 * Stream routes under test: the sandbox's WebSocket bridges on loopback; reconnects wait milliseconds, not seconds.
 */
abstract class StreamTestSupport extends SlngTestSupport {

    private static final int WAV_HEADER = 44;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SlngConfiguration defaults = context.getComponent("slng", SlngComponent.class).getConfiguration();
        defaults.setReconnectInitialDelay(10);
        defaults.setReconnectMaxDelay(100);
        defaults.setReadyTimeout(2000);
        return context;
    }

    /** The 16 kHz PCM the sandbox streams for {@code text}: its WAV without the header. */
    byte[] pcm(String text) {
        byte[] wav = speech(text);
        return Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
    }
}
