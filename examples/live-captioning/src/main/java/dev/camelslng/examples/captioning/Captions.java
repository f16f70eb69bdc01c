package dev.camelslng.examples.captioning;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.camelslng.component.SlngConstants;
import dev.camelslng.examples.support.CannotFinishException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the stt-stream consumer receives, printed as captions: {@code final: <text>} per final transcript and, when
 * asked, {@code partial: <text>}. Blank transcripts are not printed (an empty final only says nothing was left to
 * transcribe). Counts the finals printed, so that the run can wait until the last one is out.
 */
final class Captions implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(Captions.class);

    private final PrintStream out;
    private final boolean partials;
    private int finalsPrinted;

    Captions(PrintStream out, boolean partials) {
        this.out = out;
        this.partials = partials;
    }

    @Override
    public void process(Exchange exchange) {
        String event = exchange.getMessage().getHeader(SlngConstants.STREAM_EVENT, String.class);
        String text = exchange.getMessage().getBody(String.class);
        switch (event == null ? "" : event) {
            case "final_transcript" -> printFinal(text);
            case "partial_transcript" -> {
                if (partials && text != null && !text.isBlank()) {
                    out.println("partial: " + text.strip());
                }
            }
            // An error event the component bridges needs no line; one it cannot fails the reply, which says it once.
            default -> LOG.debug("Not a caption: {} {}", event, text);
        }
    }

    private synchronized void printFinal(String text) {
        if (text != null && !text.isBlank()) {
            out.println("final: " + text.strip());
            finalsPrinted++;
            notifyAll();
        }
    }

    /**
     * Waits until {@code count} finals are printed: the reply that counts them and the consumer that prints them run on
     * different threads.
     *
     * @throws CannotFinishException if they are not all printed within {@code limit}
     */
    synchronized void awaitFinals(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (finalsPrinted < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CannotFinishException("only " + finalsPrinted + " of the " + count + " final transcripts arrived within "
                                                + limit.toSeconds() + " s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
