package dev.camelslng.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.stream.session.SessionState;
import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A link that stops taking data slows the producers down instead of filling memory, and holds no thread. */
class StreamFlowControlTest extends StreamTestSupport {

    /**
     * 40 MiB: more than a loopback connection's kernel buffers can take (up to 4 MiB sent and 32 MiB received with
     * Linux's autotuning here; 200 messages, 12.5 MiB, once all fitted and the test saw no stall).
     */
    private static final int MESSAGES = 640;
    private static final int CHUNK = 64 * 1024;

    @Test
    void exchangesOnAStalledLinkWaitForItWithoutHoldingAThread() {
        // the server stops reading after ready and its init
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).blackHoleAfterFrames(3));
        String uri = "slng:stt-stream?keepAliveInterval=60000&pongTimeout=60000&callTimeout=4000";
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        // the template hands each exchange to the producer from this thread and holds none while it waits
        template.setThreadedAsyncMode(false);
        int threadsBefore = Thread.activeCount();
        for (int i = 0; i < MESSAGES; i++) {
            sent.add(template.asyncSend(uri, e -> {
                e.getMessage().setBody(new byte[CHUNK]);
                e.getMessage().setHeader(SlngConstants.STREAM_ID, "stalled");
            }));
        }

        await().during(1, TimeUnit.SECONDS).atMost(10, TimeUnit.SECONDS).until(() -> completed(sent) > 0 && stable(sent));
        long sentAsDone = sent.stream().filter(f -> f.isDone() && f.join().getException() == null).count();
        assertThat(sentAsDone).as("exchanges completed as sent while the link is stalled").isLessThan(MESSAGES);
        assertThat(Thread.activeCount() - threadsBefore).as("threads held by the waiting exchanges").isLessThan(50);
        await().atMost(10, TimeUnit.SECONDS).until(() -> completed(sent) == MESSAGES);
        assertThat(sent.stream().filter(f -> f.join().getException() != null)).as("failed after callTimeout")
                .allMatch(f -> f.join().getException().getMessage().contains("callTimeout=4000 ms"));
    }

    private long lastCount = -1;

    private boolean stable(List<CompletableFuture<Exchange>> sent) {
        long now = completed(sent);
        boolean same = now == lastCount;
        lastCount = now;
        return same;
    }

    private static long completed(List<CompletableFuture<Exchange>> sent) {
        return sent.stream().filter(CompletableFuture::isDone).count();
    }

    @Test
    void aMessageThatFindsTheSendQueueFullWaitsOnAWorkerNotOnTheCallersThread() {
        sandbox().faults().add(Fault.on(SandboxRoute.TTS_STREAM).readyDelay(3000));
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).readyDelay(3000));
        String tts = "slng:tts-stream?sendQueueSize=1&sendQueueTimeout=20000&readyTimeout=10000";
        String stt = "slng:stt-stream?sendQueueSize=1&sendQueueTimeout=20000&readyTimeout=10000&chunkSize=3200";
        template.setThreadedAsyncMode(false);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        sent.add(template.asyncSend(tts, e -> e.getMessage().setBody("first")));
        sent.add(template.asyncSend(tts, e -> e.getMessage().setBody("second")));
        byte[] speech = pcm("heard in order");
        sent.add(template.asyncSend(stt, e -> e.getMessage().setBody(Arrays.copyOf(speech, 3200))));
        sent.add(template.asyncSend(stt, e -> e.getMessage().setBody(Arrays.copyOfRange(speech, 3200, speech.length))));

        // the second message of each found the queue full: this thread went on while the sessions were still connecting
        assertThat(List.of(tts, stt)).allSatisfy(uri -> assertThat(context.getEndpoint(uri, SlngEndpoint.class).sessions()
                .snapshots()).singleElement().satisfies(session -> assertThat(session.state()).isEqualTo(SessionState.CONNECTING)));
        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.join().getException()).isNull());
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(sandbox().streams().of(SandboxRoute.TTS_STREAM).get(0).texts()).containsExactly("first", "second");
            assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM).get(0).audioBytesReceived()).isEqualTo(speech.length);
        });
    }
}
