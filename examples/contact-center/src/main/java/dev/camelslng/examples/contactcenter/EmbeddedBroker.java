package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import dev.camelslng.examples.support.CannotFinishException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A real Kafka broker in this JVM: one node in KRaft mode, broker and controller at once, listening on the loopback
 * interface only (plain text, no authentication). {@link #start()} formats its data folder when new, starts it, creates
 * the example's topics and returns once a client has seen them served.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER = "CONTROLLER";
    private static final long READY_SECONDS = 60;
    private static final long POLL_MILLIS = 100;

    private final Path data;
    private final int port;
    private KafkaRaftServer server;

    /**
     * @param data where the broker keeps its logs and metadata
     * @param port the port for clients, 0 for a free one
     */
    EmbeddedBroker(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /**
     * @return                       the address for clients, {@code HOST:PORT}
     * @throws CannotFinishException if it cannot start or does not get ready in time
     */
    synchronized String start() {
        int clientPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        String bootstrap = HOST + ":" + clientPort;
        KafkaConfig config = new KafkaConfig(properties(clientPort, controllerPort), false);
        try {
            Files.createDirectories(data);
            if (Files.exists(data.resolve("meta.properties"))) {
                LOG.info("Using the data of an earlier run in {}", data);
            } else if (isEmpty(data)) {
                format(config);
            } else {
                throw new CannotFinishException(data + " holds other files and no broker's data: give --data an empty or new folder");
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        } catch (CannotFinishException e) {
            throw e;
        } catch (Exception e) {
            throw new CannotFinishException("cannot start the broker on " + bootstrap + ": " + message(e));
        }
        createTopics(bootstrap);
        return bootstrap;
    }

    private Properties properties(int clientPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + "," + CONTROLLER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        props.put("controller.listener.names", CONTROLLER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", data.toAbsolutePath().toString());
        props.put("num.partitions", String.valueOf(Topics.PARTITIONS));
        // One node: every internal topic has one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", String.valueOf(Topics.PARTITIONS));
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Workers joining one after another should not each wait 3 s for the first rebalance.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Formats a new data folder, as {@code kafka-storage.sh format} would. */
    private void format(KafkaConfig config) throws Exception {
        // Its report (the bootstrap records) is for an operator's format command: not shown here.
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName(CONTROLLER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(data.toAbsolutePath().toString()))
                .setHasDynamicQuorum(false)
                .run();
    }

    /** Creates the topics (or finds them from an earlier run in the same data folder) and waits until each has a leader. */
    private void createTopics(String bootstrap) {
        List<String> names = List.of(Topics.CALL_AUDIO, Topics.CALL_TRANSCRIPTS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.describeCluster().nodes().get(READY_SECONDS, TimeUnit.SECONDS);
            for (String name : names) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, Topics.PARTITIONS, (short) 1))).all()
                            .get(READY_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    LOG.info("Topic {} exists already (data from an earlier run)", name);
                }
            }
            while (!allLed(admin, names)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the topics' partitions have no leader after " + READY_SECONDS + " s");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotFinishException("interrupted while creating the topics");
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new CannotFinishException("the broker on " + bootstrap + " did not get ready: " + message(e));
        }
    }

    /** @return whether the broker serves every partition of the topics (it learns of new topics a moment after they exist) */
    private static boolean allLed(Admin admin, List<String> names) throws InterruptedException, ExecutionException,
            TimeoutException {
        Map<String, TopicDescription> topics;
        try {
            topics = admin.describeTopics(names).allTopicNames().get(READY_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
                return false;
            }
            throw e;
        }
        return topics.values().stream().flatMap(topic -> topic.partitions().stream()).allMatch(partition -> partition.leader() != null);
    }

    /** Blocks until the broker has stopped. */
    void awaitShutdown() {
        KafkaRaftServer running;
        synchronized (this) {
            running = server;
        }
        if (running != null) {
            running.awaitShutdown();
        }
    }

    /** Stops the broker and waits for it (nothing if it never started). */
    @Override
    public synchronized void close() {
        if (server != null) {
            LOG.info("Stopping the broker");
            server.shutdown();
            server.awaitShutdown();
            LOG.info("Broker stopped");
        }
    }

    /** Deletes a folder and everything in it, saying on stderr what could not be deleted. */
    static void deleteFolder(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete all of {}: {}", dir, e.getMessage());
        }
    }

    /** A port free now on the loopback interface (the broker binds it a moment later). */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new CannotFinishException("no free port on " + HOST + ": " + e.getMessage());
        }
    }

    private static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
