package dev.camelslng.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import dev.camelslng.component.protocol.BatchTranscription;
import dev.camelslng.component.protocol.SttTranscription;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptConvertersTest extends SlngTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batch").to("slng:batch-stt?outputType=response").setHeader("heard", simple("heard: ${body}"));
            }
        };
    }

    @Test
    void anSttResponseReadsAsItsTranscript() {
        Exchange exchange = send("slng:stt?outputType=response", speech("the transcript as text"));

        assertThat(exchange.getMessage().getBody()).isInstanceOf(SttTranscription.class);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("the transcript as text");
    }

    @Test
    void aBatchResponseReadsAsItsTranscriptWithoutItsDownloadUrls() {
        Exchange exchange = send("direct:batch", speech("a batch transcript"));

        assertThat(exchange.getMessage().getBody()).isInstanceOf(BatchTranscription.class);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("a batch transcript");
        assertThat(exchange.getMessage().getHeader("heard")).isEqualTo("heard: a batch transcript");
    }

    @Test
    void theConvertersAreRegisteredByTheGeneratedLoader() throws Exception {
        assertThat(context.getTypeConverterRegistry().lookup(String.class, SttTranscription.class)).isNotNull();
        assertThat(context.getTypeConverterRegistry().lookup(String.class, BatchTranscription.class)).isNotNull();
        assertThat(Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/org/apache/camel/TypeConverterLoader")).stream().map(this::read))
                .anySatisfy(services -> assertThat(services)
                        .contains("dev.camelslng.component.protocol.TranscriptConvertersLoader"));
    }

    private String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
