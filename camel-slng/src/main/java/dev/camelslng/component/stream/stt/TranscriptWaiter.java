package dev.camelslng.component.stream.stt;

import java.util.ArrayList;
import java.util.List;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.inflight.InFlightExchange;

/** An stt-stream exchange that replies with the final transcripts of its own audio, from its first byte to its finalize. */
final class TranscriptWaiter {

    private final InFlightExchange exchange;
    private final long start;
    private final List<String> finals = new ArrayList<>();
    private long until = Long.MAX_VALUE;
    private double seconds;

    TranscriptWaiter(InFlightExchange exchange, long start) {
        this.exchange = exchange;
        this.start = start;
    }

    /** The offset of its first byte. */
    long start() {
        return start;
    }

    InFlightExchange exchange() {
        return exchange;
    }

    /** The offset of its finalize: once that is answered, the exchange has its answer. */
    void until(long offset) {
        until = offset;
    }

    /**
     * Takes a final that reached audio up to {@code reached}, if that audio includes some of this exchange's; returns
     * whether the {@code finalize}s answered up to offset {@code answered} include this exchange's, so it has its answer.
     */
    boolean offer(String transcript, Double duration, long reached, long answered) {
        if (reached > start) {
            if (!transcript.isBlank()) {
                finals.add(transcript.strip());
            }
            if (duration != null) {
                seconds += duration;
            }
        }
        return answered >= until;
    }

    /** Replies with the finals taken: as one text, one by one, and their total duration. */
    void reply() {
        exchange.complete(reply -> {
            reply.setBody(String.join(" ", finals));
            reply.setHeader(SlngConstants.TRANSCRIPTS, List.copyOf(finals));
            reply.setHeader(SlngConstants.DURATION, seconds);
        }, null);
    }
}
