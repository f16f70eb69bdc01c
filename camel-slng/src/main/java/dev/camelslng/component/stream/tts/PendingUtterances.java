package dev.camelslng.component.stream.tts;

import java.util.ArrayDeque;
import java.util.List;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.SlngTextChunking;
import dev.camelslng.component.inflight.InFlightExchange;
import dev.camelslng.component.protocol.stream.ClientMessages;
import org.apache.camel.Exchange;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.SessionLink;

/**
 * The TTS utterances a session has sent whose audio has not ended, oldest first: their numbering, their text sent again
 * after a drop, their forgetting at a barge-in, and the exchanges that wait for their audio. An ended utterance is let
 * go and never sent again.
 */
final class PendingUtterances {

    private final StreamSession session;
    private final ArrayDeque<Utterance> pending = new ArrayDeque<>();
    private final TextChunker chunker = new TextChunker();
    private Utterance open;
    private long nextIndex = 1;
    private long resentBytes;

    PendingUtterances(StreamSession session) {
        this.session = session;
    }

    /**
     * Takes a producer's text (whitespace only, too: an LLM token) and sends the pieces {@code chunking} makes of it;
     * with {@code flush} the rest goes too and ends the utterance, whose whole audio {@code waiter} (if any) gets.
     */
    void say(SessionLink link, String text, SlngTextChunking chunking, boolean flush, InFlightExchange waiter) {
        List<String> pieces = chunker.add(text, chunking);
        String rest = flush ? chunker.drain() : null;
        if (rest != null) {
            pieces.add(rest);
        }
        for (int i = 0; i < pieces.size(); i++) {
            text(link, pieces.get(i), flush && i == pieces.size() - 1, waiter);
        }
        if (flush && pieces.isEmpty()) {
            flush(link, waiter);
        }
    }

    /** Sends text; with {@code flush} it ends the utterance, whose whole audio {@code waiter} (if any) gets. */
    private void text(SessionLink link, String text, boolean flush, InFlightExchange waiter) {
        if (open == null) {
            open = new Utterance(nextIndex++);
            pending.add(open);
        }
        Utterance utterance = open;
        utterance.append(text);
        if (flush) {
            utterance.flush();
            open = null;
            if (waiter != null) {
                utterance.awaitedBy(waiter);
            }
        }
        link.sendText(ClientMessages.text(text, flush));
    }

    /** Ends the utterance being written; a flush with nothing written is not sent (its lone {@code flushed} would confuse the order). */
    private void flush(SessionLink link, InFlightExchange waiter) {
        if (open == null) {
            if (waiter != null) {
                session.runOnWorker(() -> waiter.complete(message -> message.setBody(new byte[0]), null));
            }
            return;
        }
        open.flush();
        if (waiter != null) {
            open.awaitedBy(waiter);
        }
        open = null;
        link.sendText(ClientMessages.FLUSH);
    }

    /** Sends every utterance again, in order, each to be counted anew as a restart. */
    void resend(SessionLink link) {
        for (Utterance utterance : pending) {
            utterance.restart();
            resentBytes += utterance.textBytes();
            link.sendText(ClientMessages.text(utterance.text(), utterance.flushed()));
        }
    }

    /** The utterance the server's audio and ends belong to: the bridge's audio names none, so they go in sending order. */
    Utterance oldest() {
        return pending.peekFirst();
    }

    /** The oldest utterance's audio ended. */
    void removeOldest() {
        pending.poll();
    }

    /** Replies to the exchange that waits for the ended utterance's audio, if any. */
    void answer(Utterance utterance) {
        InFlightExchange waiter = utterance.waiter();
        if (waiter != null) {
            byte[] audio = utterance.audio();
            session.runOnWorker(() -> waiter.complete(message -> {
                message.setBody(audio);
                message.setHeader(Exchange.CONTENT_TYPE, session.settings().contentType());
                message.setHeader(SlngConstants.UTTERANCE_INDEX, utterance.index());
                message.setHeader(SlngConstants.SAMPLE_RATE, session.settings().sampleRate());
                message.setHeader(SlngConstants.ENCODING, session.settings().callerEncoding());
            }, null));
        }
    }

    /** The failure of an exchange that waited for the audio of an utterance a barge-in cleared. */
    static SlngException clearedByBargeIn() {
        return new SlngException("The utterance was cleared by a barge-in (CamelSlngStreamCommand=clear) before its audio ended");
    }

    /** Barge-in: every utterance is forgotten, its audio dropped (also what waits for the consumer), its waiter failed. */
    void clear() {
        SlngException interrupted = clearedByBargeIn();
        for (Utterance utterance : pending) {
            utterance.clear();
            failWaiter(utterance, interrupted);
        }
        pending.clear();
        open = null;
        chunker.clear();
    }

    void abandon(Throwable cause) {
        for (Utterance utterance : pending) {
            failWaiter(utterance, cause);
        }
        pending.clear();
        open = null;
        chunker.clear();
    }

    private void failWaiter(Utterance utterance, Throwable cause) {
        InFlightExchange waiter = utterance.waiter();
        if (waiter != null) {
            session.runOnWorker(() -> waiter.complete(null, cause));
        }
    }

    int size() {
        return pending.size();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Whether an utterance is flushed, so the server owes the end of its audio. */
    boolean anyFlushed() {
        return pending.stream().anyMatch(Utterance::flushed);
    }

    long textBytes() {
        return pending.stream().mapToLong(Utterance::textBytes).sum();
    }

    long resentBytes() {
        return resentBytes;
    }
}
