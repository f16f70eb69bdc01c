package dev.camelslng.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The machine and JVM the figures come from: CPU model and count, RAM, {@code java -version} of this JVM's own binary,
 * the operating system, and the measured JVM's flags.
 *
 * @param cpu      the CPU model and the count of logical CPUs
 * @param ram      total memory
 * @param java     the output of {@code java -version}, on one line
 * @param os       distribution, kernel and architecture
 * @param jvmFlags this JVM's input arguments, or "(none)"
 */
record Machine(String cpu, String ram, String java, String os, String jvmFlags) {

    static Machine describe() throws IOException, InterruptedException {
        List<String> cpuinfo = lines("/proc/cpuinfo");
        String model = value(cpuinfo, "model name", System.getProperty("os.arch"));
        long logical = cpuinfo.stream().filter(line -> line.startsWith("processor")).count();
        String cpu = model + ", " + logical + " logical CPUs (" + Runtime.getRuntime().availableProcessors() + " available to the JVM)";
        String memTotal = value(lines("/proc/meminfo"), "MemTotal", null);
        String ram = memTotal == null ? "unknown"
                : String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(memTotal.split("\\s+")[0]) / 1048576.0);
        String distribution = value(lines("/etc/os-release"), "PRETTY_NAME", System.getProperty("os.name")).replace("\"", "");
        String os = distribution + ", kernel " + System.getProperty("os.version") + ", " + System.getProperty("os.arch");
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return new Machine(cpu, ram, javaVersion(), os, flags.isEmpty() ? "(none)" : String.join(" ", flags));
    }

    /** @return the 1-minute load average of the whole machine, or "unknown" */
    static String loadAverage() throws IOException {
        List<String> loadavg = lines("/proc/loadavg");
        return loadavg.isEmpty() ? "unknown" : loadavg.get(0).split("\\s+")[0];
    }

    private static String javaVersion() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().map(String::strip).collect(Collectors.joining("; "));
    }

    private static List<String> lines(String file) throws IOException {
        Path path = Path.of(file);
        return Files.isReadable(path) ? Files.readAllLines(path) : List.of();
    }

    /** The value of the first {@code key: value} or {@code key=value} line. */
    private static String value(List<String> lines, String key, String fallback) {
        for (String line : lines) {
            if (line.startsWith(key)) {
                String rest = line.substring(key.length()).strip();
                if (rest.startsWith(":") || rest.startsWith("=")) {
                    return rest.substring(1).strip();
                }
            }
        }
        return fallback;
    }
}
