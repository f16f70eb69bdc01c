package dev.camelslng.examples.contactcenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.ExampleRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code broker [--port N] [--data DIR]}: runs the {@link EmbeddedBroker} until the JVM is stopped, prints its address
 * once it serves clients, and stops it cleanly on SIGTERM or Ctrl-C (a shutdown hook), deleting its data when they were in
 * a folder of its own making.
 *
 * @param port the port for clients, 0 for a free one
 * @param data where to keep the data, null for a new temporary folder
 */
record BrokerCommand(int port, Path data) {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerCommand.class);
    private static final int MAX_PORT = 65535;

    /** @throws IllegalArgumentException for an unknown option or a bad value */
    static BrokerCommand parse(String... args) {
        int port = 0;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                default -> throw new IllegalArgumentException("Unknown option for broker: " + args[i]);
            }
        }
        return new BrokerCommand(port, data);
    }

    static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--port takes a port number from 0 to " + MAX_PORT + ": " + value);
    }

    int run() {
        boolean temporary = data == null;
        Path dir = temporary ? temporaryFolder() : data;
        EmbeddedBroker broker = new EmbeddedBroker(dir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            broker.close();
            if (temporary) {
                EmbeddedBroker.deleteFolder(dir);
            }
            stopped.countDown();
        }, "broker-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            String bootstrap = broker.start();
            System.out.println("bootstrap.servers=" + bootstrap);
            System.out.flush();
            LOG.info("Broker ready at {} with data in {}; stop it with Ctrl-C", bootstrap, dir);
        } catch (CannotFinishException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            stop.run();
            throw e;
        }
        broker.awaitShutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException stopping) {
            // Stopped by a signal, the hook is running: wait for it, or the JVM may end before the data are deleted.
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ExampleRun.EXIT_OK;
        }
        stop.run();
        throw new CannotFinishException("the broker stopped by itself (see the log above)");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("contact-center-kafka-");
        } catch (IOException e) {
            throw new CannotFinishException("cannot create a temporary folder for the data: " + e.getMessage());
        }
    }
}
