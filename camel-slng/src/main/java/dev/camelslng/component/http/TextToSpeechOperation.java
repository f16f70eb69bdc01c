package dev.camelslng.component.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.SlngJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** {@code slng:tts}: the body text to {@code POST /v1/bridges/unmute/tts/{model}}, the audio bytes back as the body. */
public class TextToSpeechOperation implements SlngHttpOperation {

    private final SlngHttpExecutor executor;
    private final GatewayAddress address;

    public TextToSpeechOperation(SlngHttpExecutor executor, GatewayAddress address) {
        this.executor = executor;
        this.address = address;
    }

    @Override
    public CompletableFuture<Void> process(Exchange exchange, MessageOptions options) throws SlngException {
        Message message = exchange.getMessage();
        String text = message.getBody(String.class);
        if (text == null || text.isBlank()) {
            throw new SlngException("slng:tts needs the text to speak in the message body, but it is empty");
        }
        ObjectNode request = SlngJson.MAPPER.createObjectNode().put("text", text);
        if (options.voice() != null) {
            request.put("voice", options.voice());
        }
        byte[] json = request.toString().getBytes(StandardCharsets.UTF_8);
        HttpCall call = HttpCall.post("tts " + options.model(), address.bridge("tts", options.model()),
                GatewayHeaders.of(options), () -> new ByteArrayEntity(json, ContentType.APPLICATION_JSON), true);
        return executor.execute(call).thenAccept(response -> {
            message.setBody(response.body());
            message.setHeader(Exchange.CONTENT_TYPE, response.contentType());
            message.setHeader(SlngConstants.REQUEST_ID, response.requestId());
        });
    }
}
