package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordedRequestsTest {

    @Test
    void keepsTheMostRecentRequestsAndCountsThemAll() throws Exception {
        try (SlngSandbox sandbox = SlngSandbox.builder().recordedRequestCapacity(3).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            for (int i = 0; i < 5; i++) {
                client.tts("request " + i);
            }
            client.get("/v1/me");

            RecordedRequests requests = sandbox.requests();
            assertThat(requests.capacity()).isEqualTo(3);
            assertThat(requests.all()).hasSize(3).extracting(RecordedRequest::route)
                    .containsExactly(SandboxRoute.TTS, SandboxRoute.TTS, SandboxRoute.ME);
            assertThat(requests.all().get(0).jsonBody().path("text").asText()).isEqualTo("request 3");
            assertThat(requests.last().route()).isEqualTo(SandboxRoute.ME);
            assertThat(requests.count(SandboxRoute.TTS)).isEqualTo(2);
            assertThat(requests.on(SandboxRoute.TTS)).hasSize(2);
            assertThat(requests.total(SandboxRoute.TTS)).isEqualTo(5);
            assertThat(requests.total(SandboxRoute.ANY)).isEqualTo(6);
            assertThat(requests.total(SandboxRoute.STT)).isZero();

            sandbox.reset();
            assertThat(requests.all()).isEmpty();
            assertThat(requests.total(SandboxRoute.ANY)).isZero();
        }
    }

    @Test
    void keepsAThousandByDefaultAndRefusesANonPositiveCapacity() {
        assertThat(SlngSandbox.builder().build().requests().capacity()).isEqualTo(1000);
        assertThatThrownBy(() -> SlngSandbox.builder().recordedRequestCapacity(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recordedRequestCapacity");
    }
}
