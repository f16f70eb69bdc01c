package dev.camelslng.examples.captioning;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.component.SlngConstants;
import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.Gateway;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;

/**
 * One captioning run on one {@code slng:stt-stream} endpoint, used both ways: its consumer route prints the
 * transcripts as they arrive ({@link Captions}), and the recording is sent to it with {@code replyWithResult}, which
 * streams the audio, finalizes, and replies with the finals of that audio. Their count says when the consumer has printed
 * the last one; then the stream is closed. Reconnects and replays are the component's: there is no retry here.
 */
final class CaptionStream {

    static final String STREAM_ID = "captions";
    /** The finals are in the reply; this only covers the consumer's thread catching up with it. */
    private static final Duration LAST_FINALS = Duration.ofSeconds(30);

    private final Gateway gateway;
    private final Captions captions;
    private final String uri;

    CaptionStream(Gateway gateway, Captions captions, boolean realTimePacing, boolean partials) {
        this.gateway = gateway;
        this.captions = captions;
        // One URI for the consumer and the producer: a stream endpoint's sessions are its own, so a consumer on
        // "slng:stt-stream" alone would never see the transcripts of a stream sent to this one.
        this.uri = "slng:stt-stream?replyWithResult=true&realTimePacing=" + realTimePacing + "&enablePartials=" + partials;
    }

    /** @throws CannotFinishException when the gateway address is refused, or the stream fails for good */
    void caption(Path wav) throws InterruptedException {
        DefaultCamelContext context = new DefaultCamelContext();
        try {
            gateway.configure(context.getComponent("slng", SlngComponent.class));
            context.start();
            Endpoint stream = started(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(stream).routeId("print-captions").process(captions);
                }
            });
            try (ProducerTemplate template = context.createProducerTemplate()) {
                Exchange reply = template.request(stream, exchange -> {
                    exchange.getMessage().setBody(wav.toFile());
                    exchange.getMessage().setHeader(SlngConstants.STREAM_ID, STREAM_ID);
                });
                if (reply.getException() != null) {
                    throw CannotFinishException.from(reply.getException());
                }
                List<?> finals = reply.getMessage().getHeader(SlngConstants.TRANSCRIPTS, List.class);
                captions.awaitFinals(finals == null ? 0 : finals.size(), LAST_FINALS);
                template.sendBodyAndHeaders(stream, null, Map.of(SlngConstants.STREAM_ID, STREAM_ID,
                        SlngConstants.STREAM_COMMAND, "close"));
            }
        } catch (CannotFinishException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw CannotFinishException.from(e);
        } finally {
            context.stop();
        }
    }

    /**
     * Started here, the endpoint checks its gateway address and key where a refusal is the example's to report in one
     * line; started by a route, Camel would log it with its whole stack trace first.
     */
    private Endpoint started(DefaultCamelContext context) {
        Endpoint stream = context.getEndpoint(uri);
        ServiceHelper.startService(stream);
        return stream;
    }
}
