package dev.camelslng.benchmarks;

import java.io.File;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * The component as a user calls it: {@code slng:tts} and {@code slng:stt} through a ProducerTemplate's synchronous
 * {@code requestBody}, every option at its default. The endpoints are resolved once, as a route resolves its
 * {@code to("slng:tts")} once at start-up.
 */
final class CamelContender implements Contender {

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint tts;
    private final Endpoint stt;

    CamelContender(String baseUrl, String apiKey) {
        camel = SandboxCamel.context(baseUrl, apiKey);
        camel.start();
        template = camel.createProducerTemplate();
        tts = camel.getEndpoint("slng:tts");
        stt = camel.getEndpoint("slng:stt");
    }

    @Override
    public Side side() {
        return Side.COMPONENT;
    }

    @Override
    public byte[] speak(String text) {
        return template.requestBody(tts, text, byte[].class);
    }

    @Override
    public String transcribe(byte[] audio) {
        return template.requestBody(stt, audio, String.class);
    }

    @Override
    public String transcribe(File audio) {
        return template.requestBody(stt, audio, String.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
