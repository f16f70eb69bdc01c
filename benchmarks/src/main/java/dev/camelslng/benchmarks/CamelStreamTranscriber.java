package dev.camelslng.benchmarks;

import dev.camelslng.component.SlngConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * The component's STT stream as a request-reply call: {@code requestBodyAndHeader("slng:stt-stream?replyWithResult=true",
 * wav, CamelSlngStreamId, id)} sends the audio as binary frames on one long-lived session, then {@code finalize}, and
 * returns the joined final transcripts. The stream id keeps the session open between sentences, as a voice agent does;
 * without one, each exchange gets a session of its own that closes after its finalize, and the sandbox closes the socket
 * before a real-engine decode still running on a worker has sent its final.
 */
final class CamelStreamTranscriber implements AutoCloseable {

    private static final String STREAM_ID = "speech-quality";

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint stt;

    CamelStreamTranscriber(String baseUrl, String apiKey) {
        camel = SandboxCamel.context(baseUrl, apiKey);
        camel.start();
        template = camel.createProducerTemplate();
        stt = camel.getEndpoint("slng:stt-stream?replyWithResult=true");
    }

    String transcribe(byte[] wav) {
        return template.requestBodyAndHeader(stt, wav, SlngConstants.STREAM_ID, STREAM_ID, String.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
