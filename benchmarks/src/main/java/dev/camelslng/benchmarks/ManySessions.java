package dev.camelslng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngEndpoint;
import dev.camelslng.component.stream.session.SessionSnapshot;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The contact-centre scale phase, through the component only: {@value #SESSIONS} keyed STT sessions on one endpoint,
 * each streaming {@value #SECONDS} s of speech in 20 ms chunks at real-time pace (one sender thread, one chunk per
 * session every 20 ms), while the server drops {@value #DROPPED_PERCENT}% of the connections in the middle without a
 * close frame; then {@code finalize}. Every session's finals must cover all its audio, with no more than the silence after
 * a final's last word heard twice after its drop, and read its sentences.
 */
final class ManySessions {

    static final int SESSIONS = 1000;
    static final int SECONDS = 10;
    static final int DROPPED_PERCENT = 30;
    static final int CHUNK_BYTES = 640;
    /** Distinct recordings, session i speaks recording i % TRACKS: neighbours never say the same words. */
    private static final int TRACKS = 10;
    private static final int BYTES_PER_SECOND = 32_000;
    private static final int AUDIO_BYTES = SECONDS * BYTES_PER_SECOND;
    /** About half-way: init, ready, then half the chunks and a few finals. */
    private static final int DROP_AFTER_FRAMES = AUDIO_BYTES / CHUNK_BYTES / 2;
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final String ENDPOINT = "slng:stt-stream?maxSessions=" + SESSIONS;
    /**
     * What a session's finals may cover twice: after a drop the replay starts at the last word a final heard, so the
     * silence the sandbox counts into a final after its last word (3 symbols of 20 ms) is heard again, once per drop.
     */
    private static final double HEARD_TWICE_PER_DROP_SECONDS = 0.06;

    private final Map<String, Double> covered = new ConcurrentHashMap<>();
    private final Map<String, StringBuffer> heard = new ConcurrentHashMap<>();

    ManySessionsFigures measure(String baseUrl, String apiKey) throws Exception {
        long started = System.nanoTime();
        injectDrops(baseUrl);
        SpeechTrack[] tracks = new SpeechTrack[TRACKS];
        for (int t = 0; t < TRACKS; t++) {
            tracks[t] = SpeechTrack.of(t, AUDIO_BYTES, CHUNK_BYTES);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        HeapPeak heap = new HeapPeak();
        try (CamelContext camel = context(baseUrl, apiKey); ProducerTemplate template = camel.createProducerTemplate()) {
            SlngEndpoint endpoint = camel.getEndpoint(ENDPOINT, SlngEndpoint.class);
            System.gc();
            threads.resetPeakThreadCount();
            heap.start();
            long streaming = System.nanoTime();
            for (int chunk = 0; chunk < AUDIO_BYTES / CHUNK_BYTES; chunk++) {
                long due = streaming + chunk * TICK_NANOS;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                for (int session = 0; session < SESSIONS; session++) {
                    template.sendBodyAndHeader(endpoint, tracks[session % TRACKS].chunks()[chunk], SlngConstants.STREAM_ID, id(session));
                }
            }
            double streamSeconds = (System.nanoTime() - streaming) / 1e9;
            long reconnects = endpoint.sessions().snapshots().stream().mapToLong(SessionSnapshot::reconnects).sum();
            for (int session = 0; session < SESSIONS; session++) {
                template.sendBodyAndHeaders(endpoint, null, Map.of(SlngConstants.STREAM_ID, id(session),
                        SlngConstants.STREAM_COMMAND, "finalize"));
            }
            awaitEveryFinal();
            heap.stop();
            int exact = 0;
            for (int session = 0; session < SESSIONS; session++) {
                String sentences = heard.getOrDefault(id(session), new StringBuffer()).toString().strip();
                exact += sentences.equals(tracks[session % TRACKS].text()) ? 1 : 0;
            }
            double heardTwice = covered.values().stream().mapToDouble(seconds -> seconds - SECONDS).sum();
            close(template, endpoint);
            return new ManySessionsFigures(SESSIONS, SECONDS, streamSeconds, reconnects, exact, heardTwice, heap.peakBytes(),
                    threads.getPeakThreadCount(), (System.nanoTime() - started) / 1e9);
        }
    }

    private CamelContext context(String baseUrl, String apiKey) throws Exception {
        CamelContext camel = SandboxCamel.context(baseUrl, apiKey);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENDPOINT).filter(header(SlngConstants.FINAL).isEqualTo(true)).process(ManySessions.this::onFinal);
            }
        });
        camel.start();
        return camel;
    }

    private void onFinal(Exchange exchange) {
        String stream = exchange.getMessage().getHeader(SlngConstants.STREAM_ID, String.class);
        covered.merge(stream, exchange.getMessage().getHeader(SlngConstants.DURATION, Double.class), Double::sum);
        String text = exchange.getMessage().getBody(String.class);
        if (!text.isBlank()) {
            heard.computeIfAbsent(stream, s -> new StringBuffer()).append(text).append(' ');
        }
    }

    /**
     * Until every session's finals cover its audio; fails on one that covers more than a drop's silence heard twice, or
     * after a minute.
     */
    private void awaitEveryFinal() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            long done = 0;
            for (int session = 0; session < SESSIONS; session++) {
                double seconds = covered.getOrDefault(id(session), 0.0);
                if (seconds > SECONDS + HEARD_TWICE_PER_DROP_SECONDS + 1e-6) {
                    throw new IllegalStateException("The finals of " + id(session) + " cover " + seconds + " s of " + SECONDS + " s");
                }
                done += seconds > SECONDS - 1e-6 ? 1 : 0;
            }
            if (done == SESSIONS) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((SESSIONS - done) + " of " + SESSIONS + " sessions' finals do not cover their audio");
            }
            Thread.sleep(50);
        }
    }

    private static void close(ProducerTemplate template, SlngEndpoint endpoint) throws InterruptedException {
        for (int session = 0; session < SESSIONS; session++) {
            template.sendBodyAndHeaders(endpoint, null, Map.of(SlngConstants.STREAM_ID, id(session),
                    SlngConstants.STREAM_COMMAND, "close"));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!endpoint.sessions().snapshots().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** The sandbox's admin API: the first {@value #DROPPED_PERCENT}% of the connections drop half-way. */
    private static void injectDrops(String baseUrl) throws Exception {
        String fault = "{\"route\":\"STT_STREAM\",\"dropAfterFrames\":" + DROP_AFTER_FRAMES + ",\"times\":"
                       + SESSIONS * DROPPED_PERCENT / 100 + "}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(fault)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("The sandbox refused the drop fault: " + response.statusCode() + " " + response.body());
        }
    }

    private static String id(int session) {
        return "call-" + session;
    }
}
