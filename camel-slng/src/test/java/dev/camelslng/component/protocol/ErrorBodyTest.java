package dev.camelslng.component.protocol;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error shapes of protocol §8.1: gateway, provider, Aura-native, agents backend, plain text. */
class ErrorBodyTest {

    @Test
    void readsEveryDocumentedShape() {
        assertThat(parse("{\"error\":\"Unauthorized\"}")).isEqualTo(new ErrorBody("Unauthorized", null));
        assertThat(parse("{\"error\":\"Validation error\",\"details\":\"Missing required field: text\",\"status\":400}"))
                .isEqualTo(new ErrorBody("Validation error", "Missing required field: text"));
        assertThat(parse("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"No Authorization Header\"}"))
                .isEqualTo(new ErrorBody("Unauthorized", "No Authorization Header"));
        assertThat(parse("{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"field required\"}]}").details())
                .contains("field required");
        assertThat(parse("No deployments found")).isEqualTo(new ErrorBody("No deployments found", null));
        assertThat(parse("").summary()).isNull();
        assertThat(parse("x".repeat(1000)).message()).hasSize(303).endsWith("...");
    }

    private static ErrorBody parse(String body) {
        return ErrorBody.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
