package dev.camelslng.examples.karaf;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A real Apache Karaf unpacked from its tar.gz, started headless with {@code bin/start}, driven by {@code bin/client} in batch
 * mode and stopped with {@code bin/stop}. It resolves {@code mvn:} URLs only from local folders in Maven layout, never the
 * network.
 */
final class KarafContainer {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final Path home;
    private final int sshPort;

    private KarafContainer(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /**
     * Unpacks the archive into {@code workDir}, opens the karaf user, points the Maven resolver at {@code repository} then
     * {@code fallbackRepository} (the first that has an artifact wins), and installs the features processing file.
     */
    static KarafContainer unpack(Path archive, Path workDir, Path repository, Path fallbackRepository, Path featuresProcessing)
            throws Exception {
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        run(workDir, Map.of(), List.of("tar", "xzf", archive.toString(), "-C", workDir.toString()));
        Path home;
        try (var entries = Files.list(workDir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path etc = home.resolve("etc");
        edit(etc.resolve("users.properties"), text -> text.replace("#karaf = karaf,", "karaf = karaf,")
                .replace("#_g_\\:admingroup", "_g_\\:admingroup"));
        int sshPort = freePort();
        edit(etc.resolve("org.apache.karaf.shell.cfg"), text -> text.replaceAll("(?m)^sshPort\\s*=.*$", "sshPort = " + sshPort));
        int registryPort = freePort();
        int rmiPort = freePort();
        edit(etc.resolve("org.apache.karaf.management.cfg"), text -> text
                .replaceAll("(?m)^rmiRegistryPort\\s*=.*$", "rmiRegistryPort = " + registryPort)
                .replaceAll("(?m)^rmiServerPort\\s*=.*$", "rmiServerPort = " + rmiPort));
        Files.writeString(etc.resolve("org.ops4j.pax.url.mvn.cfg"), String.join("\n",
                "org.ops4j.pax.url.mvn.useFallbackRepositories = false",
                "org.ops4j.pax.url.mvn.localRepository = " + home.resolve("local-m2"),
                "org.ops4j.pax.url.mvn.defaultRepositories = ${karaf.home.uri}${karaf.default.repository}@id=system@snapshots, "
                        + repository.toUri() + "@id=build@snapshots, " + fallbackRepository.toUri() + "@id=m2@snapshots",
                "org.ops4j.pax.url.mvn.repositories =", ""));
        Files.copy(featuresProcessing, etc.resolve("org.apache.karaf.features.xml"), StandardCopyOption.REPLACE_EXISTING);
        return new KarafContainer(home, sshPort);
    }

    /** Starts Karaf in the background with the given environment (JAVA_HOME is the test's Java). */
    void start(Map<String, String> environment) throws Exception {
        run(home, environment, List.of(home.resolve("bin/start").toString()));
    }

    /** Runs shell commands through one batch client session and returns what they printed. */
    String commands(String... commands) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-u", "karaf", "-p", "karaf", "-r", "90", "-d", "1", "-b")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        try (var stdin = client.getOutputStream()) {
            stdin.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IllegalStateException("Karaf client did not finish: " + output);
        }
        return output;
    }

    /** Stops Karaf with {@code bin/stop} and waits until its process is gone. */
    void stop() throws Exception {
        run(home, Map.of(), List.of(home.resolve("bin/stop").toString()));
    }

    /** Whether {@code bin/status} finds Karaf running. */
    boolean isRunning() throws Exception {
        return run(home, Map.of(), List.of(home.resolve("bin/status").toString())) == 0;
    }

    Path data() {
        return home.resolve("data");
    }

    Path log() {
        return data().resolve("log/karaf.log");
    }

    private static int run(Path dir, Map<String, String> environment, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + command);
        }
        return process.exitValue();
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
