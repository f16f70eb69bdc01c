package dev.camelslng.quarkus.it;

import dev.camelslng.component.SlngComponent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The extension in JVM mode: the application's routes against the local server (its tone engine is exact). */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class SlngQuarkusTest {

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    @Inject
    Vertx vertx;

    @Test
    void speaksAndHearsOverHttp() {
        assertEquals("hello from quarkus", template.requestBody("direct:speak-and-listen", "hello from quarkus", String.class));
    }

    @Test
    void speaksAndHearsOverStreamsOnQuarkusVertx() {
        String heard = template.requestBody("direct:stream-and-listen", "streamed through quarkus", String.class);

        assertEquals("streamed through quarkus", heard);
        assertSame(vertx, context.getComponent("slng", SlngComponent.class).getVertx());
    }
}
