package dev.camelslng.quarkus.it;

import org.apache.camel.builder.RouteBuilder;

/** Text spoken and heard back, once over HTTP and once over the WebSocket streams. */
public class SpeechRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:speak-and-listen")
                .to("slng:tts")
                .to("slng:stt");

        from("direct:stream-and-listen")
                .to("slng:tts-stream?replyWithResult=true")
                .to("slng:stt-stream?replyWithResult=true");
    }
}
