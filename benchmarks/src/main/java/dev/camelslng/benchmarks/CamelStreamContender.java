package dev.camelslng.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The component as a voice agent uses it: producers {@code template.sendBody("slng:tts-stream", text)} and
 * {@code sendBody("slng:stt-stream", chunk)}, and consumer routes {@code from(...)} that see the audio chunks and the
 * final transcripts. Options at their defaults, except the idle-session endpoint's {@code maxSessions} and
 * {@code sessionIdleTimeout}. Endpoints are resolved once, as a route resolves its {@code to(...)} once.
 */
final class CamelStreamContender implements StreamContender {

    static final String IDLE_URI = "slng:tts-stream:idle?maxSessions=" + IdleSessionHeap.SESSIONS + "&sessionIdleTimeout=3600000";
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint tts;
    private final Endpoint stt;
    private final SlngEndpoint idle;
    private final UtteranceClock clock = new UtteranceClock();
    private final FinalTranscripts finals = new FinalTranscripts();
    private volatile CountDownLatch idleEnds = new CountDownLatch(0);
    private final List<String> idleStreams = new ArrayList<>();

    CamelStreamContender(String baseUrl, String apiKey) throws Exception {
        camel = SandboxCamel.context(baseUrl, apiKey);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("slng:tts-stream").process(CamelStreamContender.this::onSpeech);
                from("slng:stt-stream").process(CamelStreamContender.this::onTranscript);
                from(IDLE_URI).process(exchange -> {
                    if ("audio_end".equals(exchange.getMessage().getHeader(SlngConstants.STREAM_EVENT))) {
                        idleEnds.countDown();
                    }
                });
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        tts = camel.getEndpoint("slng:tts-stream");
        stt = camel.getEndpoint("slng:stt-stream");
        idle = camel.getEndpoint(IDLE_URI, SlngEndpoint.class);
    }

    private void onSpeech(Exchange exchange) {
        String event = exchange.getMessage().getHeader(SlngConstants.STREAM_EVENT, String.class);
        if ("audio".equals(event)) {
            clock.audio(exchange.getMessage().getBody(byte[].class).length);
        } else if ("audio_end".equals(event)) {
            clock.end();
        }
    }

    private void onTranscript(Exchange exchange) {
        if ("final_transcript".equals(exchange.getMessage().getHeader(SlngConstants.STREAM_EVENT))) {
            finals.arrived(exchange.getMessage().getHeader(SlngConstants.DURATION, Double.class));
        }
    }

    @Override
    public Side side() {
        return Side.COMPONENT;
    }

    @Override
    public UtteranceClock.Utterance speak(String text) throws InterruptedException {
        clock.sending();
        template.sendBody(tts, text);
        return clock.await(side());
    }

    @Override
    public double streamAudio(byte[] chunk, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            template.sendBody(stt, chunk);
        }
        finals.expect();
        template.sendBodyAndHeader(stt, null, SlngConstants.STREAM_COMMAND, "finalize");
        return finals.await();
    }

    @Override
    public void openIdleSessions(int count, String text) throws Exception {
        idleEnds = new CountDownLatch(count);
        List<CompletableFuture<Object>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String streamId = "idle-" + System.nanoTime() + "-" + i;
            idleStreams.add(streamId);
            sent.add(template.asyncRequestBodyAndHeader(idle, text, SlngConstants.STREAM_ID, streamId));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!idleEnds.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The component's idle sessions did not all speak: " + idleEnds.getCount() + " left");
        }
    }

    @Override
    public void closeIdleSessions() throws Exception {
        for (String streamId : idleStreams) {
            template.sendBodyAndHeaders(idle, null, Map.of(SlngConstants.STREAM_ID, streamId, SlngConstants.STREAM_COMMAND, "close"));
        }
        idleStreams.clear();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_TIMEOUT_SECONDS);
        while (!idle.sessions().snapshots().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(idle.sessions().snapshots().size() + " component sessions did not close");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
