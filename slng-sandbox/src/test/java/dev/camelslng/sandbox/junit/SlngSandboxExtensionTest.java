package dev.camelslng.sandbox.junit;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SlngSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlngSandboxExtensionTest {

    private static int port;

    @BeforeAll
    static void rememberPort(SlngSandbox sandbox) {
        port = sandbox.port();
    }

    @Test
    @Order(1)
    void injectsARunningSandbox(SlngSandbox sandbox) throws Exception {
        sandbox.faults().add(Fault.on(SandboxRoute.ANY).status(503).always());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v1/x"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sandbox.isRunning()).isTrue();
        assertThat(sandbox.apiKey()).startsWith("sbx_");
        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    @Order(2)
    void resetsBeforeEachTestAndKeepsTheServer(SlngSandbox sandbox) {
        assertThat(sandbox.port()).isEqualTo(port);
        assertThat(sandbox.faults().size()).isZero();
        assertThat(sandbox.requests().all()).isEmpty();
    }
}
