package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.examples.support.CannotFinishException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Reads {@value Topics#CALL_TRANSCRIPTS} from the beginning, all its partitions assigned to it (no consumer group, no
 * committed offsets: a run sees everything every time), until enough calls are complete. Each record's value is JSON,
 * either a final transcript, {@code {"callId": "...", "text": "...", "audioStartMs": 0, "audioEndMs": 1200}}, or the
 * end of a call, {@code {"callId": "...", "complete": true}}; the key is the call id too. Writes one text file per
 * complete call: the text of its finals in audio order (by audioStartMs), one a line. A final seen twice (a worker that
 * took over a call may repeat what its predecessor wrote) is written once.
 */
final class TranscriptCollector {

    private static final Logger LOG = LoggerFactory.getLogger(TranscriptCollector.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final Path outDir;
    private final Map<String, CallTranscript> calls = new TreeMap<>();

    TranscriptCollector(String bootstrapServers, Path outDir) {
        this.bootstrapServers = bootstrapServers;
        this.outDir = outDir;
    }

    /** A final transcript of a stretch of a call's audio. */
    record Final(long audioStartMs, long audioEndMs, String text) {
    }

    /** What has been read of one call. */
    private static final class CallTranscript {
        private final Set<Final> finals = new HashSet<>();
        private boolean complete;
    }

    /**
     * @param  wanted                how many complete calls to wait for
     * @param  timeout               how long to wait for them
     * @return                       whether that many were complete in time; the files of the complete calls are written
     *                               either way
     * @throws CannotFinishException if the folder cannot be written or the broker cannot be read
     */
    boolean collect(int wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        createFolder();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, deadline, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            LOG.info("Reading {} ({} partitions) until {} call(s) are complete", Topics.CALL_TRANSCRIPTS, partitions.size(), wanted);
            while (completeCalls() < wanted && !remaining(deadline).isZero()) {
                for (ConsumerRecord<String, String> record : consumer.poll(min(POLL, remaining(deadline)))) {
                    read(record);
                }
            }
        } catch (KafkaException e) {
            throw new CannotFinishException("cannot read " + Topics.CALL_TRANSCRIPTS + " from the broker at " + bootstrapServers
                                            + ": " + e.getMessage());
        }
        writeFiles();
        if (completeCalls() >= wanted) {
            return true;
        }
        System.err.println("transcripts: timed out after " + timeout.toSeconds() + " s with " + completeCalls() + " of " + wanted
                           + " call(s) complete; " + incomplete());
        return false;
    }

    private Map<String, Object> config() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "contact-center-transcripts");
    }

    /** The topic's partitions, once the broker knows the topic (it may be created after this starts). */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, long deadline, Duration timeout) {
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.CALL_TRANSCRIPTS, max(remaining(deadline), Duration.ofSeconds(1)));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            if (remaining(deadline).isZero()) {
                throw new CannotFinishException("no topic " + Topics.CALL_TRANSCRIPTS + " after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotFinishException("interrupted");
            }
        }
    }

    private void read(ConsumerRecord<String, String> record) {
        JsonNode value;
        try {
            value = record.value() == null ? null : JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            LOG.warn("Skipped a record that is not JSON at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        String callId = value != null && value.hasNonNull("callId") ? value.get("callId").asText() : record.key();
        if (value == null || !value.isObject() || callId == null) {
            LOG.warn("Skipped a record with no call id or no JSON object at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        CallTranscript call = calls.computeIfAbsent(callId, id -> new CallTranscript());
        if (value.path("complete").asBoolean(false)) {
            call.complete = true;
            LOG.info("Call {} complete: {} final(s)", callId, call.finals.size());
        } else if (value.hasNonNull("text")) {
            call.finals.add(new Final(value.path("audioStartMs").asLong(), value.path("audioEndMs").asLong(), value.get("text").asText()));
        }
    }

    private long completeCalls() {
        return calls.values().stream().filter(call -> call.complete).count();
    }

    private String incomplete() {
        List<String> names = new ArrayList<>();
        calls.forEach((id, call) -> {
            if (!call.complete) {
                names.add(id + " (" + call.finals.size() + " final(s) so far)");
            }
        });
        return names.isEmpty() ? "no incomplete call seen (the others have not started)" : "incomplete: " + String.join(", ", names);
    }

    private void createFolder() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new CannotFinishException("cannot create the folder " + outDir + ": " + e.getMessage());
        }
    }

    private void writeFiles() {
        calls.forEach((id, call) -> {
            if (call.complete) {
                List<String> lines = call.finals.stream()
                        .sorted(Comparator.comparingLong(Final::audioStartMs).thenComparingLong(Final::audioEndMs))
                        .map(Final::text).map(text -> text.replaceAll("\\R", " ").strip()).filter(text -> !text.isEmpty())
                        .collect(Collectors.toList());
                Path file = outDir.resolve(fileName(id) + ".txt");
                try {
                    Files.write(file, lines, UTF_8);
                } catch (IOException e) {
                    throw new CannotFinishException("cannot write " + file + ": " + e.getMessage());
                }
                LOG.info("Wrote {}: {} line(s)", file, lines.size());
            }
        });
    }

    /** A call id as a file name in the folder: path separators and control characters replaced. */
    static String fileName(String callId) {
        String name = callId.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "_" + name : name;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
