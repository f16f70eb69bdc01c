package dev.camelslng.examples.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.camelslng.sandbox.engine.EngineKind;
import org.slf4j.Logger;

/**
 * The heap the embedded server's real speech engine needs (its models take about 180 MB; 256 MB is the least that
 * worked), set by the example itself: {@code java -jar} on a small machine gives a JVM a quarter of the memory, which can
 * be less. Such a run is started again in a JVM with {@value #HEAP}, same options otherwise, same arguments, same
 * input and output.
 */
public final class EnoughHeap {

    private static final long LEAST_BYTES = 300L * 1024 * 1024;
    private static final String HEAP = "-Xmx384m";
    private static final String RELAUNCHED = "slng.example.relaunched";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-Xms", "-XX:MaxHeapSize", "-XX:InitialHeapSize", "-XX:MaxRAM");
    private static final int BYTES_PER_MB = 1024 * 1024;
    private static final long STOP_SECONDS = 30;

    private EnoughHeap() {
    }

    /**
     * @param  gateway the gateway the run will talk to
     * @return         whether the run needs the real engine and this JVM has too little heap for it (never in a JVM this
     *                 class started)
     */
    public static boolean lacking(Gateway gateway) {
        return gateway.needsEmbeddedServer() && gateway.localEngine() == EngineKind.REAL
               && Runtime.getRuntime().maxMemory() < LEAST_BYTES && System.getProperty(RELAUNCHED) == null;
    }

    /**
     * Runs the example again with enough heap and waits for it. Stopping this JVM (Ctrl-C, a TERM) stops that one.
     *
     * @param  main                  the example's main class
     * @param  args                  the example's arguments
     * @param  log                   the example's own logger, to say why
     * @return                       the exit status of that run
     * @throws CannotFinishException if no JVM could be started
     * @throws InterruptedException  if interrupted while waiting
     */
    public static int runAgain(Class<?> main, String[] args, Logger log) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> !isHeapOption(option)).forEach(command::add);
        command.addAll(List.of(HEAP, "-D" + RELAUNCHED + "=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        log.info("The embedded server's real speech needs more heap than this JVM's {} MB: running again with {}",
                Runtime.getRuntime().maxMemory() / BYTES_PER_MB, HEAP);
        Process run;
        try {
            run = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new CannotFinishException("cannot start a JVM with " + HEAP + ": " + e.getMessage());
        }
        Thread stopRun = new Thread(() -> stop(run), "stop-example-run");
        Runtime.getRuntime().addShutdownHook(stopRun);
        int status = run.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopRun);
        } catch (IllegalStateException shuttingDown) {
            // this JVM is being stopped: the hook stops that run and waits for it
        }
        return status;
    }

    /** Lets the run stop as it would on Ctrl-C, and end its output before this JVM's ends. */
    private static void stop(Process run) {
        run.destroy();
        try {
            run.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isHeapOption(String option) {
        return HEAP_OPTIONS.stream().anyMatch(option::startsWith);
    }
}
