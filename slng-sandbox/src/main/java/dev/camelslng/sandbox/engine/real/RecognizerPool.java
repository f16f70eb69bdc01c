package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;

/**
 * A fixed set of loaded recognisers lent out one call at a time; callers wait when all are busy. Each recogniser
 * decodes one spoken sentence at load, so that the first request does not pay for the JIT warming up the decoder.
 */
final class RecognizerPool {

    private static final Logger LOG = LoggerFactory.getLogger(RecognizerPool.class);

    private final BlockingQueue<SphinxRecognizer> idle;

    /**
     * Loads and primes the recognisers.
     *
     * @param size   how many (about 170 MB each)
     * @param primer 16 kHz PCM16LE speech to prime each one with
     */
    RecognizerPool(int size, byte[] primer) {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            try {
                SphinxRecognizer recognizer = SphinxRecognizer.load();
                LOG.debug("Recogniser primed, heard: {}", recognizer.decode(primer, () -> false).text());
                idle.add(recognizer);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the Sphinx4 en-us models (de.sciss:sphinx4-data)", e);
            }
        }
    }

    /**
     * Decodes with the first free recogniser, waiting for one if needed.
     *
     * @param  pcm       16 kHz mono PCM16LE
     * @param  abandoned when it turns true, the decode ends soon with what it has
     * @return           the words heard, with their times
     */
    Transcript decode(byte[] pcm, BooleanSupplier abandoned) {
        SphinxRecognizer recognizer;
        try {
            recognizer = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Transcript("", 0.0);
        }
        try {
            return recognizer.decode(pcm, abandoned);
        } finally {
            idle.add(recognizer);
        }
    }
}
