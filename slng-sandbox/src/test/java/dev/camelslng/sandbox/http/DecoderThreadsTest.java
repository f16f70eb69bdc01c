package dev.camelslng.sandbox.http;

import dev.camelslng.sandbox.SlngSandbox;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.engine.ToneSpeechEngine;
import dev.camelslng.sandbox.engine.Transcriber;
import dev.camelslng.sandbox.engine.Transcript;
import dev.camelslng.sandbox.junit.SlngSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Decodes that wait for a recogniser do so on the sandbox's own decoder threads: however many transcriptions queue up
 * behind a slow decoder, a synthesis (which runs on Vert.x's worker pool of 20) is not held up. The recogniser here is
 * held until the synthesis has been served (or, should the synthesis wait for it, for at most {@link #HOLD}), so no
 * decode can finish before the synthesis unless the synthesis waited for decodes.
 */
class DecoderThreadsTest {

    /** More than Vert.x's 20 worker threads. */
    private static final int TRANSCRIPTIONS = 25;
    private static final Duration HOLD = Duration.ofSeconds(20);

    private static final SlowRecogniser ENGINE = new SlowRecogniser();

    @RegisterExtension
    static final SlngSandboxExtension SANDBOX = new SlngSandboxExtension(SlngSandbox.builder().engine(ENGINE));

    @Test
    void aSynthesisIsServedWhileTranscriptionsWaitForTheOneRecogniser() throws Exception {
        SandboxClient client = new SandboxClient(SANDBOX.sandbox());
        byte[] speech = client.tts("call me back").body();
        List<CompletableFuture<HttpResponse<byte[]>>> transcriptions = new ArrayList<>();
        for (int i = 0; i < TRANSCRIPTIONS; i++) {
            transcriptions.add(client.sttAsync(new Multipart().file("audio", "call.wav", "audio/wav", speech)));
        }
        // every transcription's audio has been read (so it is decoding or queued for it) and the recogniser is taken
        long wavHeader = 44;
        await().atMost(Duration.ofSeconds(30)).until(() -> ENGINE.fed.get() >= TRANSCRIPTIONS * (speech.length - wavHeader)
                                                           && ENGINE.started.get() >= 1);

        HttpResponse<byte[]> synthesis = client.tts("good morning");
        int decodedMeanwhile = ENGINE.finished.get();
        ENGINE.synthesisServed.countDown();

        assertThat(synthesis.statusCode()).isEqualTo(200);
        assertThat(decodedMeanwhile).as("transcriptions done before the synthesis was served").isZero();
        for (CompletableFuture<HttpResponse<byte[]>> transcription : transcriptions) {
            assertThat(transcription.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(ENGINE.finished.get()).isEqualTo(TRANSCRIPTIONS);
    }

    /** The tone engine behind one slow, blocking recogniser, as the real engine has. */
    private static final class SlowRecogniser implements SpeechEngine {

        private final SpeechEngine tone = new ToneSpeechEngine();
        private final Semaphore recogniser = new Semaphore(1);
        private final CountDownLatch synthesisServed = new CountDownLatch(1);
        private final AtomicLong fed = new AtomicLong();
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();

        @Override
        public byte[] synthesize(String text, String voice) {
            return tone.synthesize(text, voice);
        }

        @Override
        public Transcriber newTranscriber() {
            Transcriber decoder = tone.newTranscriber();
            return new Transcriber() {
                @Override
                public void feed(byte[] chunk, int offset, int length) {
                    fed.addAndGet(length);
                    decoder.feed(chunk, offset, length);
                }

                @Override
                public boolean blocking() {
                    return true;
                }

                @Override
                public Transcript result() {
                    started.incrementAndGet();
                    recogniser.acquireUninterruptibly();
                    try {
                        synthesisServed.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
                        return decoder.result();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return decoder.result();
                    } finally {
                        recogniser.release();
                        finished.incrementAndGet();
                    }
                }
            };
        }
    }
}
