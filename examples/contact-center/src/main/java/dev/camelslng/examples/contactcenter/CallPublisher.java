package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.camelslng.examples.support.CannotFinishException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Publishes recordings as calls that all go on at once: every 20 ms (or as fast as it can, not paced) the next 20 ms of
 * each call still going, to {@value Topics#CALL_AUDIO} with the call id as the key, so that a call's chunks stay in order
 * on one partition; after a call's last chunk, its end record. The producer is idempotent with {@code acks=all}: a
 * retried send is neither duplicated nor reordered.
 */
final class CallPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(CallPublisher.class);
    private static final long CHUNK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** How long a send may wait for the broker's metadata: an address with no broker fails in this time. */
    private static final int MAX_BLOCK_MS = 30_000;
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] TRUE = "true".getBytes(UTF_8);

    private final String bootstrapServers;
    private final boolean paced;

    CallPublisher(String bootstrapServers, boolean paced) {
        this.bootstrapServers = bootstrapServers;
        this.paced = paced;
    }

    /** @throws CannotFinishException if a recording cannot be read or the broker did not acknowledge every record */
    void publish(List<WavAudio> calls) {
        List<Call> going = new ArrayList<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(), new StringSerializer(),
                new ByteArraySerializer())) {
            try {
                for (WavAudio audio : calls) {
                    going.add(new Call(audio));
                }
                // The topic's metadata before the clock starts: else the first send waits for them and the chunks paced
                // meanwhile leave in a burst.
                producer.partitionsFor(Topics.CALL_AUDIO);
                LOG.info("Publishing {} call(s) to {}{}", calls.size(), Topics.CALL_AUDIO, paced ? " at real-time pace" : "");
                long start = System.nanoTime();
                for (long tick = 0; !going.isEmpty(); tick++) {
                    if (paced) {
                        sleepUntil(start + tick * CHUNK_NANOS);
                    }
                    for (var it = going.iterator(); it.hasNext();) {
                        Call call = it.next();
                        byte[] chunk = call.nextChunk();
                        if (chunk.length > 0) {
                            sent.add(producer.send(new ProducerRecord<>(Topics.CALL_AUDIO, call.id(), chunk)));
                        } else {
                            ProducerRecord<String, byte[]> end = new ProducerRecord<>(Topics.CALL_AUDIO, call.id(), EMPTY);
                            end.headers().add(Topics.CALL_END_HEADER, TRUE);
                            sent.add(producer.send(end));
                            call.close();
                            it.remove();
                            LOG.info("Call {} sent: {} chunk(s) of audio, then its end", call.id(), call.chunks());
                        }
                    }
                }
                producer.flush();
                for (Future<RecordMetadata> ack : sent) {
                    ack.get();
                }
            } finally {
                going.forEach(Call::close);
            }
        } catch (ExecutionException e) {
            throw new CannotFinishException("the broker at " + bootstrapServers + " did not take every record: " + e.getCause());
        } catch (UncheckedIOException e) {
            throw new CannotFinishException(e.getMessage() + ": " + e.getCause().getMessage());
        } catch (KafkaException e) {
            throw new CannotFinishException("cannot send to the broker at " + bootstrapServers + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotFinishException("interrupted while sending");
        }
        LOG.info("All {} record(s) acknowledged", sent.size());
    }

    private Map<String, Object> config() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS,
                ProducerConfig.CLIENT_ID_CONFIG, "contact-center-calls");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** One call being sent: its recording, read 20 ms at a time. */
    private static final class Call implements AutoCloseable {

        private final WavAudio audio;
        private InputStream in;
        private long chunks;

        Call(WavAudio audio) {
            this.audio = audio;
            try {
                this.in = audio.open();
            } catch (IOException e) {
                throw new CannotFinishException(audio.file() + ": cannot read it: " + e.getMessage());
            }
        }

        String id() {
            return audio.callId();
        }

        /** @return how many chunks of audio were read so far */
        long chunks() {
            return chunks;
        }

        /** @return the next 20 ms of audio (less at the end), empty when all was read */
        byte[] nextChunk() {
            try {
                byte[] chunk = in.readNBytes(WavAudio.CHUNK_BYTES);
                chunks += chunk.length > 0 ? 1 : 0;
                return chunk;
            } catch (IOException e) {
                throw new UncheckedIOException(audio.file() + ": cannot read it", e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to the end or given up: nothing to lose
            }
        }
    }
}
