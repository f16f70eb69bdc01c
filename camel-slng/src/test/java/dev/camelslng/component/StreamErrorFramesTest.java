package dev.camelslng.component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import dev.camelslng.sandbox.stream.StreamSessionRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Error frames in the shapes providers send them (§8.2): flat or under {@code data}, a text or a numeric code, with a
 * {@code status_code} or without one. The status a frame carries decides over the component's own table of codes; a
 * permanent status fails the exchange without a retry, any other reaches the route and the session goes on.
 */
class StreamErrorFramesTest extends StreamTestSupport {

    private static final String STT_REPLY = "slng:stt-stream?replyWithResult=true";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(STT_REPLY).filter(header(SlngConstants.STREAM_EVENT).isEqualTo("error")).to("mock:errors");
            }
        };
    }

    @Test
    void aCodeWithoutAStatusGetsTheStatusOfItsCode() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("backend_connection_failed", "no backend"));

        assertThat(transcribedDespiteTheError()).containsEntry(SlngConstants.ERROR_CODE, "backend_connection_failed")
                .containsEntry(SlngConstants.ERROR_MESSAGE, "no backend").containsEntry(SlngConstants.ERROR_STATUS, 502);
    }

    @Test
    void theStatusAFrameCarriesWinsOverTheTableOfCodes() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "overloaded").errorStatus(503));

        assertThat(transcribedDespiteTheError()).containsEntry(SlngConstants.ERROR_CODE, "provider_error")
                .containsEntry(SlngConstants.ERROR_STATUS, 503);
    }

    @Test
    void anUnknownCodeWithoutAStatusReachesTheRouteWithNoStatusAndIsNotFatal() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("quota_wobble", "try later"));

        assertThat(transcribedDespiteTheError()).containsEntry(SlngConstants.ERROR_CODE, "quota_wobble")
                .doesNotContainKey(SlngConstants.ERROR_STATUS);
    }

    @Test
    void aNumericCodeInTheDataEnvelopeIsItsStatus() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady(429, "slow down").errorInDataEnvelope());

        assertThat(transcribedDespiteTheError()).containsEntry(SlngConstants.ERROR_CODE, "429")
                .containsEntry(SlngConstants.ERROR_MESSAGE, "slow down").containsEntry(SlngConstants.ERROR_STATUS, 429);
    }

    @Test
    void anAuthErrorInTheDataEnvelopeFailsTheExchangeWithoutARetry() {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("auth_error", "key revoked").errorInDataEnvelope().always());

        assertFailsForGood(401, "auth_error: key revoked (status 401)");
    }

    @Test
    void aPermanentStatusFailsTheExchangeWhateverTheCode() {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady("provider_error", "audio too long").errorStatus(413).always());

        assertFailsForGood(413, "provider_error: audio too long (status 413)");
    }

    @Test
    void aNumericPermanentCodeFailsTheExchange() {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorAfterReady(400, "bad init").always());

        assertFailsForGood(400, "400: bad init (status 400)");
    }

    @Test
    void aProviderErrorInsteadOfTheFinalsAsksAgainOnANewConnectionLongBeforeTheCallTimeout() throws Exception {
        arm(Fault.on(SandboxRoute.STT_STREAM).errorInsteadOfAnswer("provider_error", "backend lost"));

        // without the 100 ms of silence after the sandbox's speech: no final before the finalize, which gets the error;
        // a call's own stream, which stays open (a private one closes after its finalize, and the close gets the final)
        byte[] speech = pcm("asked twice");
        byte[] untilTheLastWord = Arrays.copyOf(speech, speech.length - 3200);
        Future<String> reply = template.asyncRequestBodyAndHeader(STT_REPLY + "&callTimeout=120000", untilTheLastWord,
                SlngConstants.STREAM_ID, "call-7", String.class);

        assertThat(reply.get(20, TimeUnit.SECONDS)).isEqualTo("asked twice");
        List<StreamSessionRecord> connections = sandbox().streams().of(SandboxRoute.STT_STREAM);
        assertThat(connections).as("the connection whose provider failed, then a new one").hasSize(2);
        assertThat(connections.get(0).finals()).isEmpty();
    }

    @Test
    void aProviderErrorInsteadOfTheAudioSpeaksTheUtteranceAgainOnANewConnection() throws Exception {
        arm(Fault.on(SandboxRoute.TTS_STREAM).errorInsteadOfAnswer("provider_error", "backend lost"));

        Future<byte[]> reply = template.asyncRequestBody("slng:tts-stream?replyWithResult=true&callTimeout=120000",
                "spoken twice", byte[].class);

        assertThat(reply.get(20, TimeUnit.SECONDS)).isEqualTo(pcm("spoken twice"));
        assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM)).hasSize(2);
    }

    private void arm(Fault fault) {
        sandbox().faults().add(fault);
    }

    /** The reply is still the transcript; the error frame reached the route as an event: its headers. */
    private Map<String, Object> transcribedDespiteTheError() throws Exception {
        MockEndpoint errors = getMockEndpoint("mock:errors");
        errors.expectedMessageCount(1);

        Exchange reply = template.request(STT_REPLY, e -> e.getMessage().setBody(pcm("still listening")));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("still listening");
        errors.assertIsSatisfied();
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).as("the session went on").hasSize(1);
        return errors.getExchanges().get(0).getMessage().getHeaders();
    }

    private void assertFailsForGood(int status, String reason) {
        Exchange failed = template.send(STT_REPLY, e -> e.getMessage().setBody(pcm("never heard")));

        assertThat(failed.getException()).isInstanceOf(SlngApiException.class).hasMessageContaining(reason);
        assertThat(((SlngApiException) failed.getException()).getStatusCode()).isEqualTo(status);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> sandbox().streams().of(SandboxRoute.STT_STREAM).size() == 1);
    }
}
