package dev.camelslng.component.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest Spring Boot application using the starter: two routes through the slng component. */
@SpringBootApplication
public class StarterTestApplication {

    /** Text in, WAV out; and a recording in, its transcript out. */
    @Bean
    RouteBuilder voiceRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to("slng:tts");
                from("direct:transcribe").to("slng:stt");
            }
        };
    }
}
