package dev.camelslng.component;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's routes in the YAML and XML DSLs, loaded the way camel-main loads route files. */
class RouteDslTest extends SlngTestSupport {

    private static final String YAML = """
            - route:
                from:
                  uri: direct:speak
                  steps:
                    - to:
                        uri: slng:tts
                        parameters:
                          voice: aura-2-thalia-en
                    - to: slng:stt
            """;

    private static final String XML = """
            <routes xmlns="http://camel.apache.org/schema/xml-io">
              <route>
                <from uri="direct:speak"/>
                <to uri="slng:tts?voice=aura-2-luna-en"/>
                <to uri="slng:stt"/>
              </route>
            </routes>
            """;

    private static final String YAML_STREAMS = """
            - route:
                from:
                  uri: direct:say
                  steps:
                    - to: slng:tts-stream?replyWithResult=true
                    - to:
                        uri: slng:stt-stream
                        parameters:
                          replyWithResult: true
                          chunkSize: 2048
            - route:
                from:
                  uri: slng:tts-stream?replyWithResult=true
                  steps:
                    - filter:
                        simple: "${header.CamelSlngLastChunk}"
                        steps:
                          - to: mock:utterance-ends
            """;

    @Test
    void yamlStreamRoutes() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("streams.yaml", YAML_STREAMS));
        MockEndpoint ends = getMockEndpoint("mock:utterance-ends");
        ends.expectedMessageCount(1);
        ends.expectedHeaderReceived(SlngConstants.UTTERANCE_INDEX, 1L);

        assertThat(template.requestBody("direct:say", "streamed both ways", String.class)).isEqualTo("streamed both ways");
        ends.assertIsSatisfied();
    }

    @Test
    void yamlRoute() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("speak.yaml", YAML));

        assertThat(template.requestBody("direct:speak", "yaml routes work", String.class)).isEqualTo("yaml routes work");
        assertThat(sandbox().requests().all().get(0).jsonBody().path("voice").asText()).isEqualTo("aura-2-thalia-en");
    }

    @Test
    void xmlRoute() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("speak.xml", XML));

        assertThat(template.requestBody("direct:speak", "xml routes work", String.class)).isEqualTo("xml routes work");
        assertThat(sandbox().requests().all().get(0).jsonBody().path("voice").asText()).isEqualTo("aura-2-luna-en");
    }
}
