package dev.camelslng.sandbox.stream;

import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import io.vertx.core.http.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.camelslng.sandbox.stream.BridgeClient.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ManyStreamSessionsTest {

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension();

    private static final int SESSIONS = 1000;
    private static final BridgeClient CLIENT = new BridgeClient(SANDBOX::sandbox);

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    @Test
    void holdsAThousandConcurrentSessions() throws Exception {
        Map<String, String> key = Map.of("Authorization", "Bearer " + SANDBOX.sandbox().apiKey());
        CountDownLatch ready = new CountDownLatch(SESSIONS);
        List<WebSocket> sockets = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String path = i % 2 == 0 ? BridgeClient.TTS_PATH + BridgeClient.TTS_MODEL : BridgeClient.STT_PATH + BridgeClient.STT_MODEL;
            CLIENT.connect(path, key).onFailure(failures::add).onSuccess(socket -> {
                sockets.add(socket);
                socket.textMessageHandler(text -> {
                    if (text.contains("\"ready\"")) {
                        ready.countDown();
                    }
                });
                socket.writeTextMessage(message("init").toString());
            });
        }

        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all sessions ready, failures: %s", failures).isTrue();
        assertThat(SANDBOX.sandbox().streams().openCount()).isEqualTo(SESSIONS);
        assertThat(SANDBOX.sandbox().streams().all()).hasSize(SESSIONS);
        sockets.forEach(WebSocket::close);
        await().atMost(Duration.ofSeconds(30)).until(() -> SANDBOX.sandbox().streams().openCount() == 0);
    }
}
