package dev.camelslng.examples.ttsstream;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.Gateway;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Speaks lines over one {@code slng:tts-stream} session: each line is one utterance sent with {@code replyWithResult},
 * whose reply is that utterance's whole audio. Lines are sent as they are read, without waiting for earlier replies,
 * so the utterances are pipelined on the one WebSocket; their files are written in line order as the replies complete.
 * Reconnects and resends are the component's: there is no retry here.
 */
final class SpeechStream {

    static final String STREAM_ID = "lines";

    private final Gateway gateway;
    private final String uri;

    SpeechStream(Gateway gateway, int sampleRate) {
        this.gateway = gateway;
        this.uri = "slng:tts-stream?replyWithResult=true&encoding=linear16&sampleRate=" + sampleRate;
    }

    /**
     * @return                       how many utterances were spoken and written
     * @throws CannotFinishException when the gateway address is refused, the stream fails for good, or a file cannot be
     *                               written
     */
    int speak(BufferedReader lines, WavFiles files) throws IOException, InterruptedException {
        DefaultCamelContext context = new DefaultCamelContext();
        try {
            gateway.configure(context.getComponent("slng", SlngComponent.class));
            context.start();
            Endpoint stream = context.getEndpoint(uri);
            // Started here, a refused gateway address is the example's one line; Camel would log a stack trace first.
            ServiceHelper.startService(stream);
            AsyncProducer producer = stream.createAsyncProducer();
            context.addService(producer, true, true);
            CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
            int count = 0;
            // A stream that failed for good fails every later line too: reading on would only keep the user typing.
            for (String line = lines.readLine(); line != null && !written.isCompletedExceptionally(); line = lines.readLine()) {
                if (!line.isBlank()) {
                    int number = ++count;
                    // Sent from this thread, in line order: a thread pool could reorder the utterances on the stream.
                    written = written.thenCombine(utterance(producer, stream, line.strip()), (before, pcm) -> {
                        files.write(number, pcm);
                        return null;
                    });
                }
            }
            written.get();
            producer.process(command(stream, "close"));
            return count;
        } catch (ExecutionException e) {
            throw CannotFinishException.from(e.getCause());
        } catch (CannotFinishException | IOException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw CannotFinishException.from(e);
        } finally {
            context.stop();
        }
    }

    private static CompletableFuture<byte[]> utterance(AsyncProducer producer, Endpoint stream, String text) {
        Exchange exchange = stream.createExchange(ExchangePattern.InOut);
        exchange.getMessage().setBody(text);
        exchange.getMessage().setHeader(SlngConstants.STREAM_ID, STREAM_ID);
        return producer.processAsync(exchange).thenApply(reply -> {
            if (reply.getException() != null) {
                throw new CompletionException(reply.getException());
            }
            byte[] pcm = reply.getMessage().getBody(byte[].class);
            return pcm == null ? new byte[0] : pcm;
        });
    }

    private static Exchange command(Endpoint stream, String command) {
        Exchange exchange = stream.createExchange();
        exchange.getMessage().setHeaders(Map.of(SlngConstants.STREAM_ID, STREAM_ID, SlngConstants.STREAM_COMMAND, command));
        return exchange;
    }
}
