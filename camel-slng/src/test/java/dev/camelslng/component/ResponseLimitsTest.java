package dev.camelslng.component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the component does not take on trust from a response: a JSON body over {@code maxResponseSize} fails the call
 * unread and is not asked for again; a {@code Retry-After} is honoured as delay-seconds or as an HTTP date, and one it
 * cannot read falls back to its own backoff.
 */
class ResponseLimitsTest extends SlngTestSupport {

    private static final String TEXT = "a response of known size";

    @Test
    void aTranscriptLargerThanMaxResponseSizeFailsUnreadAndIsNotRetried() {
        Exchange exchange = send("slng:stt?retryMaxAttempts=3&maxResponseSize=16", speech(TEXT));

        assertThat(exchange.getException()).isExactlyInstanceOf(SlngException.class)
                .hasMessageStartingWith("stt slng/deepgram/nova:3-en (POST " + sandbox().baseUrl() + "/v1/bridges/unmute/stt/")
                .hasMessageEndingWith(" returned a response body larger than 16 bytes (maxResponseSize); not read");
        assertThat(sandbox().requests().count(SandboxRoute.STT)).isEqualTo(1);
    }

    /** As the README says: maxResponseSize bounds JSON, not the audio of tts. */
    @Test
    void ttsAudioIsNotBoundedByMaxResponseSize() {
        Exchange exchange = send("slng:tts?maxResponseSize=16", TEXT);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(speech(TEXT));
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsWaitedFor() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(2).atZone(ZoneOffset.UTC));
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).header("Retry-After", inTwoSeconds));

        long start = System.nanoTime();
        Exchange exchange = send("slng:tts?retryMaxDelay=5000", TEXT);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(2);
        // retryInitialDelay is 10 ms here: only the date explains a wait of a second (a date has whole seconds)
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aRetryAfterThatIsNeitherSecondsNorADateFallsBackToTheBackoff() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS).status(503).header("Retry-After", "soon").times(2));

        Exchange exchange = send("slng:tts?retryMaxAttempts=3", TEXT);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(speech(TEXT));
        assertThat(sandbox().requests().count(SandboxRoute.TTS)).isEqualTo(3);
    }
}
