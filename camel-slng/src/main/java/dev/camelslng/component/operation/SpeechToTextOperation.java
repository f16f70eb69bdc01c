package dev.camelslng.component.operation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.SlngOutputType;
import dev.camelslng.component.audio.G711;
import dev.camelslng.component.gateway.BridgeUris;
import dev.camelslng.component.gateway.GatewayAddress;
import dev.camelslng.component.gateway.GatewayHeaders;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.SttTranscription;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.SlngHttpExecutor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.HttpEntity;

/**
 * {@code slng:stt}: the body audio as multipart {@code audio} to {@code POST /v1/bridges/unmute/stt/{model}}, the
 * transcript (or the parsed response) back as the body.
 */
public class SpeechToTextOperation implements OperationHandler {

    private final SlngHttpExecutor executor;
    private final BridgeUris uris;
    private final long maxResponseSize;
    private final boolean requestSentRetryEnabled;

    public SpeechToTextOperation(SlngHttpExecutor executor, GatewayAddress address, long maxResponseSize,
                                 boolean requestSentRetryEnabled) {
        this.executor = executor;
        this.uris = new BridgeUris(address, "stt");
        this.maxResponseSize = maxResponseSize;
        this.requestSentRetryEnabled = requestSentRetryEnabled;
    }

    @Override
    public CompletableFuture<Consumer<Message>> process(Exchange exchange, MessageOptions options, InFlightExchange inFlight)
            throws SlngException {
        // phone audio goes up as the 16-bit PCM it decodes to: SLNG's bridges do not all take G.711
        G711 phone = G711.of(options.encoding());
        Integer sampleRate = phone != null && options.sampleRate() == null ? Integer.valueOf(G711.PHONE_SAMPLE_RATE) : options.sampleRate();
        AudioUpload audio = phone != null ? AudioUpload.phone(exchange.getMessage(), "stt", phone, sampleRate)
                : AudioUpload.of(exchange.getMessage(), "stt", options.encoding());
        Supplier<HttpEntity> form = () -> {
            MultipartEntityBuilder builder = AudioUpload.form().addPart(audio.part("audio"));
            addField(builder, "language", options.language());
            addField(builder, "sample_rate", sampleRate);
            addField(builder, "encoding", phone != null ? "linear16" : options.encoding());
            addField(builder, "enable_partials", options.enablePartials());
            return builder.build();
        };
        HttpCall call = HttpCall.post("stt " + options.model(), uris.of(options.model()), GatewayHeaders.of(options), form,
                audio.repeatable(), requestSentRetryEnabled, maxResponseSize);
        return executor.execute(call, inFlight).thenApply(response -> {
            SttTranscription transcription = JsonResponse.read(call, response, SttTranscription.class);
            return message -> {
                message.setBody(options.outputType() == SlngOutputType.RESPONSE ? transcription : transcription.transcript());
                // The audio's type does not describe a transcript.
                message.removeHeader(Exchange.CONTENT_TYPE);
                message.setHeader(SlngConstants.TRANSCRIPT_CONFIDENCE, transcription.confidence());
                message.setHeader(SlngConstants.TRANSCRIPT_LANGUAGE, transcription.getLanguage());
                message.setHeader(SlngConstants.REQUEST_ID, response.requestId());
            };
        });
    }

    private static void addField(MultipartEntityBuilder builder, String name, Object value) {
        if (value != null) {
            builder.addTextBody(name, value.toString());
        }
    }
}
