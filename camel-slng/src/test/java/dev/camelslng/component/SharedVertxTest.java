package dev.camelslng.component;

import io.vertx.core.Vertx;
import org.apache.camel.Component;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which Vert.x instance the streams run on. camel-vertx-websocket is not a dependency of the component: the camel-4.14
 * build adds it as a test dependency and sets {@code slng.test.vertxWebsocket=true}, and there the streams must run on
 * that component's instance; on 4.18 and 4.22 (where it is not served) they run on one instance of the component's own.
 */
class SharedVertxTest extends StreamTestSupport {

    private static final String WEBSOCKET_CLASS = "org.apache.camel.component.vertx.websocket.VertxWebsocketComponent";

    @Test
    void theLineHasCamelVertxWebsocketOnlyWhereTheBuildSaysSo() {
        assertThat(onClasspath(WEBSOCKET_CLASS)).isEqualTo(Boolean.getBoolean("slng.test.vertxWebsocket"));
    }

    @Test
    void streamsReuseTheVertxWebsocketComponentsInstanceWhenItIsThere() throws Exception {
        assumeTrue(onClasspath(WEBSOCKET_CLASS), "camel-vertx-websocket is not on this line's classpath");
        Component websocket = context.getComponent("vertx-websocket");
        Vertx websocketVertx = (Vertx) websocket.getClass().getMethod("getVertx").invoke(websocket);
        assertThat(websocketVertx).isNotNull();

        assertThat(roundTrip()).isEqualTo("shared event loop");

        SlngComponent slng = context.getComponent("slng", SlngComponent.class);
        assertThat(slng.streamVertx()).isSameAs(websocketVertx);
    }

    @Test
    void streamsRunOnOneInstanceOfTheComponentsOwnOtherwise() {
        assumeFalse(onClasspath(WEBSOCKET_CLASS), "camel-vertx-websocket is on this line's classpath");
        assertThat(context.hasComponent("vertx-websocket")).isNull();

        assertThat(roundTrip()).isEqualTo("shared event loop");

        SlngComponent slng = context.getComponent("slng", SlngComponent.class);
        Vertx own = slng.streamVertx();
        assertThat(context.getRegistry().findByType(Vertx.class)).doesNotContain(own);
        assertThat(template.requestBody("slng:tts-stream:kept?replyWithResult=true&sessionIdleTimeout=60000", "again",
                byte[].class)).isNotEmpty();
        assertThat(slng.streamVertx()).isSameAs(own);
    }

    /** A tts-stream utterance and an stt-stream transcript: both stream kinds open a session. */
    private String roundTrip() {
        assertThat(template.requestBody("slng:tts-stream?replyWithResult=true", "shared event loop", byte[].class))
                .isNotEmpty();
        return template.requestBody("slng:stt-stream?replyWithResult=true", pcm("shared event loop"), String.class);
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, SharedVertxTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
