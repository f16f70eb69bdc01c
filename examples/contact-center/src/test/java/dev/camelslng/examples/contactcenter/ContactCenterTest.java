package dev.camelslng.examples.contactcenter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelslng.examples.support.ExampleProcess;
import dev.camelslng.examples.support.RunningExample;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The commands as a user runs them, each from the jar in a JVM of its own, around one real broker: the {@code broker}
 * command itself, started once for the class and stopped with SIGTERM at the end (its stdout, its exit, its data deleted).
 */
class ContactCenterTest {

    private static final Duration QUICK = Duration.ofSeconds(30);
    /** A JVM that loads the broker takes 3-10 s to serve on a busy 2-core machine. */
    private static final Duration BROKER_START = Duration.ofSeconds(60);
    private static final Pattern BOOTSTRAP = Pattern.compile("^bootstrap\\.servers=(127\\.0\\.0\\.1:\\d+)$", Pattern.MULTILINE);
    private static final int SIGTERM_EXIT = 143;
    private static final int CHUNK = 640;
    private static final String ADDRESS = "KAFKA_BOOTSTRAP_SERVERS";

    @TempDir
    static Path work;

    private static Path brokerTemp;
    private static RunningExample broker;
    private static Thread killBroker;
    private static String bootstrap;

    @BeforeAll
    static void startBroker() throws Exception {
        // The broker's default data folder is made under java.io.tmpdir: here, so that the test sees it deleted.
        brokerTemp = Files.createDirectories(work.resolve("broker-tmp"));
        broker = ExampleProcess.ofAppJar(work, Map.of(), "-Xmx256m", "-Djava.io.tmpdir=" + brokerTemp).start("broker", "--port", "0");
        // Even if this JVM is stopped before @AfterAll runs, the broker goes with it.
        killBroker = new Thread(ContactCenterTest::killBroker, "kill-test-broker");
        Runtime.getRuntime().addShutdownHook(killBroker);
        long deadline = System.nanoTime() + BROKER_START.toNanos();
        while (bootstrap == null) {
            Matcher line = BOOTSTRAP.matcher(broker.output());
            if (line.find()) {
                bootstrap = line.group(1);
            } else if (!broker.isAlive() || System.nanoTime() > deadline) {
                fail("The broker did not print its address within %s; it printed:%n%s", BROKER_START, broker.output());
            } else {
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        try {
            ExampleProcess.Result stopped = broker.stop(QUICK);

            assertThat(stopped.stdoutLines()).as("the broker's stdout").containsExactly("bootstrap.servers=" + bootstrap);
            assertThat(stopped.exitCode()).as("exit status after SIGTERM; it printed:%n%s", stopped.stderr()).isEqualTo(SIGTERM_EXIT);
            assertThat(stopped.stderr()).contains("Broker stopped");
            assertThat(brokerTemp).as("the broker's temporary data folder is deleted").isEmptyDirectory();
        } finally {
            broker.close();
            Runtime.getRuntime().removeShutdownHook(killBroker);
        }
    }

    private static void killBroker() {
        try {
            broker.close();
        } catch (IOException | InterruptedException e) {
            // the JVM is going: nothing more to do
        }
    }

    @Test
    void callsPublishesEachRecordingAsChunksOfTwentyMillisecondsThenAnEndRecord() throws Exception {
        byte[] alpha = Wav.writeCall(work.resolve("alpha.wav"), 15 * CHUNK);
        byte[] beta = Wav.writeCall(work.resolve("beta.wav"), 10 * CHUNK + 100);

        ExampleProcess.Result result = run(Map.of(ADDRESS, bootstrap), "calls", "--fast", "alpha.wav", "beta.wav");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        Map<String, List<ConsumerRecord<String, byte[]>>> calls = audioRecords(Set.of("alpha", "beta"));
        assertCall(calls.get("alpha"), alpha, 15);
        assertCall(calls.get("beta"), beta, 11);
        assertThat(calls.get("beta").get(10).value()).as("the last chunk holds what is left").hasSize(100);
    }

    @Test
    void withoutFastEachCallIsSentAtRealTimePace() throws Exception {
        byte[] gamma = Wav.writeCall(work.resolve("gamma.wav"), 50 * CHUNK);

        ExampleProcess.Result result = run(Map.of(ADDRESS, bootstrap), "calls", "gamma.wav");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<ConsumerRecord<String, byte[]>> records = audioRecords(Set.of("gamma")).get("gamma");
        assertCall(records, gamma, 50);
        // One second of audio: 49 intervals of 20 ms between the first chunk and the last.
        long span = records.get(49).timestamp() - records.get(0).timestamp();
        assertThat(span).as("ms from the first chunk to the last").isBetween(800L, 5_000L);
    }

    @Test
    void callsRefusesAnEightBitOrStereoRecordingBeforeSendingAnything() throws Exception {
        Wav.writeCall(work.resolve("delta.wav"), 5 * CHUNK);
        Wav.write(work.resolve("stereo.wav"), 16_000, 2, 16, Wav.tone(16_000, 2, 16, 4 * CHUNK));
        Wav.write(work.resolve("eight-bit.wav"), 16_000, 1, 8, Wav.tone(16_000, 1, 8, 2 * CHUNK));

        for (String bad : List.of("stereo.wav", "eight-bit.wav")) {
            ExampleProcess.Result result = run(Map.of(ADDRESS, bootstrap), "calls", "--fast", "delta.wav", bad);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderrLines()).singleElement().asString().startsWith("calls: " + bad + ": ")
                    .contains(bad.equals("stereo.wav") ? "2 channels" : "8-bit").contains("16 kHz 16-bit mono PCM");
        }
        assertThat(audioRecords(Set.of("delta", "stereo", "eight-bit"))).as("records of these calls").isEmpty();
    }

    @Test
    void transcriptsWritesTheFinalsOfEachCompleteCallInAudioOrder() throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            send(producer, "t-alpha", finalJson("t-alpha", "and the third", 2400, 3100));
            send(producer, "t-beta", finalJson("t-beta", "never finished", 0, 900));
            send(producer, "t-alpha", finalJson("t-alpha", "the first", 0, 1100));
            send(producer, "t-alpha", finalJson("t-alpha", "then the second", 1200, 2300));
            // A worker that took the call over repeats a final: written once.
            send(producer, "t-alpha", finalJson("t-alpha", "the first", 0, 1100));
            send(producer, "t-alpha", "{\"callId\": \"t-alpha\", \"complete\": true}");
            producer.flush();
        }

        ExampleProcess.Result done = run(Map.of(ADDRESS, bootstrap), "transcripts", "out", "--calls", "1", "--timeout", "60");

        assertThat(done.exitCode()).as(done.stderr()).isZero();
        assertThat(Files.readAllLines(work.resolve("out/t-alpha.txt"), UTF_8)).containsExactly("the first", "then the second",
                "and the third");
        assertThat(work.resolve("out/t-beta.txt")).as("an incomplete call's file").doesNotExist();

        ExampleProcess.Result timedOut = run(Map.of(ADDRESS, bootstrap), "transcripts", "out-2", "--calls", "2", "--timeout", "3");

        assertThat(timedOut.exitCode()).isEqualTo(1);
        assertThat(timedOut.stderrLines()).anySatisfy(line -> assertThat(line).startsWith("transcripts: timed out after 3 s")
                .contains("1 of 2 call(s) complete", "incomplete: t-beta"));
        assertThat(work.resolve("out-2/t-alpha.txt")).as("the complete call's file, written all the same").exists();
        assertThat(work.resolve("out-2/t-beta.txt")).doesNotExist();
    }

    @Test
    void withoutTheBrokersAddressCallsSaysWhichVariableIsMissing() throws Exception {
        Wav.writeCall(work.resolve("epsilon.wav"), CHUNK);

        ExampleProcess.Result result = run(Map.of(ADDRESS, ""), "calls", "--fast", "epsilon.wav");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement().asString().startsWith("calls: KAFKA_BOOTSTRAP_SERVERS is not set");
    }

    @Test
    void theWorkerIsNotImplementedYet() throws Exception {
        ExampleProcess.Result result = run(Map.of(), "worker");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("worker: not implemented yet");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        ExampleProcess.Result result = run(Map.of(), "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Usage: java -jar contact-center.jar <command> [options]")
                .contains("broker [--port N] [--data DIR]", "calls [--fast] <file.wav>...",
                        "transcripts <out-dir> [--calls N] [--timeout S]", "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(result.stderr()).isEmpty();
    }

    private static ExampleProcess.Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return ExampleProcess.ofAppJar(work, env, "-Xmx128m").run(QUICK, args);
    }

    private static void send(KafkaProducer<String, String> producer, String callId, String json) {
        producer.send(new ProducerRecord<>(Topics.CALL_TRANSCRIPTS, callId, json));
    }

    private static String finalJson(String callId, String text, long audioStartMs, long audioEndMs) {
        return "{\"callId\": \"%s\", \"text\": \"%s\", \"audioStartMs\": %d, \"audioEndMs\": %d}".formatted(callId, text,
                audioStartMs, audioEndMs);
    }

    /** Chunks of 640 bytes (the last one what is left) that make up the recording's PCM data, then one end record. */
    private static void assertCall(List<ConsumerRecord<String, byte[]>> records, byte[] pcm, int chunks) throws IOException {
        assertThat(records).as("records of the call").hasSize(chunks + 1);
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        for (ConsumerRecord<String, byte[]> chunk : records.subList(0, chunks)) {
            assertThat(chunk.headers().lastHeader(Topics.CALL_END_HEADER)).isNull();
            assertThat(chunk.value().length).isBetween(1, CHUNK);
            audio.write(chunk.value());
        }
        assertThat(records.subList(0, chunks - 1)).allSatisfy(chunk -> assertThat(chunk.value()).hasSize(CHUNK));
        assertThat(audio.toByteArray()).as("the audio, in order").isEqualTo(pcm);
        ConsumerRecord<String, byte[]> end = records.get(chunks);
        Header header = end.headers().lastHeader(Topics.CALL_END_HEADER);
        assertThat(header).as("the end record's header").isNotNull();
        assertThat(new String(header.value(), UTF_8)).isEqualTo("true");
        assertThat(end.value()).isEmpty();
    }

    /** Every record of call-audio with one of the keys, by key, in the order of their partition. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> audioRecords(Set<String> keys) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CALL_AUDIO, QUICK).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            assertThat(partitions).hasSize(Topics.PARTITIONS);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, QUICK);
            Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new TreeMap<>();
            long deadline = System.nanoTime() + QUICK.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, QUICK) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    fail("call-audio not read to its end within %s", QUICK);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        byKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record);
                    }
                }
            }
            return byKey;
        }
    }
}
