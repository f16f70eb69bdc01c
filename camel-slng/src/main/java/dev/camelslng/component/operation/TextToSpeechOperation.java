package dev.camelslng.component.operation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.gateway.BridgeUris;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.GatewayHeaders;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.protocol.TtsRequest;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.SlngHttpExecutor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** {@code slng:tts}: the body text to {@code POST /v1/bridges/unmute/tts/{model}}, the audio bytes back as the body. */
public class TextToSpeechOperation implements OperationHandler {

    private final SlngHttpExecutor executor;
    private final BridgeUris uris;
    private final boolean requestSentRetryEnabled;

    public TextToSpeechOperation(SlngHttpExecutor executor, GatewayAddress address, boolean requestSentRetryEnabled) {
        this.executor = executor;
        this.uris = new BridgeUris(address, "tts");
        this.requestSentRetryEnabled = requestSentRetryEnabled;
    }

    @Override
    public CompletableFuture<Consumer<Message>> process(Exchange exchange, MessageOptions options, InFlightExchange inFlight)
            throws SlngException {
        byte[] json = requestBody(TextBody.of(exchange.getMessage(), "slng:tts"), options.voice());
        HttpCall call = HttpCall.post("tts " + options.model(), uris.of(options.model()), GatewayHeaders.of(options),
                () -> new ByteArrayEntity(json, ContentType.APPLICATION_JSON), true, requestSentRetryEnabled, Long.MAX_VALUE);
        return executor.execute(call, inFlight).thenApply(response -> message -> {
            message.setBody(response.body());
            message.setHeader(Exchange.CONTENT_TYPE, response.contentType());
            message.setHeader(SlngConstants.REQUEST_ID, response.requestId());
        });
    }

    private static byte[] requestBody(String text, String voice) throws SlngException {
        try {
            return SlngJson.MAPPER.writeValueAsBytes(new TtsRequest(text, voice));
        } catch (JsonProcessingException e) {
            throw new SlngException("slng:tts could not write its request: " + e.getOriginalMessage(), null, e);
        }
    }
}
