package dev.camelslng.examples.karaf;

import org.apache.camel.builder.RouteBuilder;

/**
 * Two routes over dropped text files under Karaf's data folder: one through {@code slng:tts} then {@code slng:stt}, one through
 * the streams ({@code slng:tts-stream} then {@code slng:stt-stream}, both replying with their result). Each writes the
 * transcript under the name of the file it read. The key comes from {@code SLNG_API_KEY}; {@code SLNG_BASE_URL} (or the
 * system property {@code slng.base-url}) points the routes at another gateway, such as a local sandbox.
 */
public final class VoiceRoutes extends RouteBuilder {

    private static final String GATEWAY = "baseUrl={{?slng.base-url}}";
    private static final String FOLDER = "file:{{karaf.data}}/slng/";

    @Override
    public void configure() {
        from(FOLDER + "speak?include=.*\\.txt&move=.done")
                .routeId("slng-speak-and-transcribe")
                .convertBodyTo(String.class)
                .to("slng:tts?" + GATEWAY)
                .to("slng:stt?" + GATEWAY)
                .to(FOLDER + "transcripts");

        from(FOLDER + "stream?include=.*\\.txt&move=.done")
                .routeId("slng-stream-round-trip")
                .convertBodyTo(String.class)
                .to("slng:tts-stream?replyWithResult=true&" + GATEWAY)
                .to("slng:stt-stream?replyWithResult=true&" + GATEWAY)
                .to(FOLDER + "stream-transcripts");
    }
}
