package dev.camelslng.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmark: {@code java -jar benchmarks/target/benchmarks.jar [--rounds 5] [--report docs/performance.md]}.
 * Starts the sandbox in a child JVM, runs the warm-up rounds and then the measured rounds, alternating which side goes
 * first, then the scale phase (many sessions while connections drop), then the speech quality phase on a second sandbox
 * JVM with the real engine, prints the medians, ratios, scale and speech figures and (over)writes the report.
 */
public final class BenchmarkMain {

    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    /** One was not enough: the first measured round still paid for JIT compilation (CPU per call twice the later rounds'). */
    static final int WARM_UP_ROUNDS = 2;

    private static final String USAGE = "Usage: java -jar benchmarks/target/benchmarks.jar [--rounds N] [--report FILE]\n"
                                        + "  --rounds N     measured rounds after the warm-up round (default 5)\n"
                                        + "  --report FILE  the Markdown report to (over)write (default docs/performance.md)";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "warn");
        }
        int rounds = 5;
        Path report = Path.of("docs", "performance.md");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--help".equals(option)) {
                System.out.println(USAGE);
                return;
            }
            if (i + 1 >= args.length || !List.of("--rounds", "--report").contains(option)) {
                exit(i + 1 >= args.length ? "Missing value for " + option : "Unknown option " + option);
            }
            String value = args[++i];
            if ("--rounds".equals(option)) {
                rounds = Integer.parseInt(value);
            } else {
                report = Path.of(value);
            }
        }
        Path folder = report.toAbsolutePath().getParent();
        if (rounds < 1 || !Files.isDirectory(folder)) {
            exit(rounds < 1 ? "--rounds must be at least 1" : "No folder " + folder + " for the report: run from the"
                                                              + " repository root or give --report FILE");
        }
        run(rounds, report);
    }

    private static void run(int rounds, Path report) throws Exception {
        Machine machine = Machine.describe();
        String loadAtStart = Machine.loadAverage();
        if (busy(loadAtStart)) {
            System.out.println("Warning: the machine is busy (load average " + loadAtStart + "): the figures will be noisy");
        }
        long start = System.nanoTime();
        try (SandboxProcess sandbox = SandboxProcess.start();
             Recordings recordings = Recordings.create();
             CamelContender component = new CamelContender(sandbox.baseUrl(), sandbox.apiKey());
             RawHttpContender raw = new RawHttpContender(sandbox.baseUrl(), sandbox.apiKey());
             CamelStreamContender componentStreams = new CamelStreamContender(sandbox.baseUrl(), sandbox.apiKey());
             RawStreamContender rawStreams = new RawStreamContender(sandbox.baseUrl(), sandbox.apiKey());
             Workloads workloads = new Workloads(recordings)) {
            System.out.println("Sandbox JVM on " + sandbox.baseUrl());
            List<Contender> componentFirst = List.of(component, raw);
            List<Contender> rawFirst = List.of(raw, component);
            List<StreamContender> streamsComponentFirst = List.of(componentStreams, rawStreams);
            List<StreamContender> streamsRawFirst = List.of(rawStreams, componentStreams);
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                workloads.round(round % 2 == 1 ? componentFirst : rawFirst, round % 2 == 1 ? streamsComponentFirst : streamsRawFirst,
                        new Results());
                System.out.printf(Locale.ROOT, "Warm-up round %d/%d done, %.0f s so far%n", round, WARM_UP_ROUNDS,
                        (System.nanoTime() - start) / 1e9);
            }
            Results results = new Results();
            for (int round = 1; round <= rounds; round++) {
                List<Contender> order = round % 2 == 1 ? componentFirst : rawFirst;
                workloads.round(order, order == componentFirst ? streamsComponentFirst : streamsRawFirst, results);
                if (!sandbox.isAlive()) {
                    throw new IllegalStateException("The sandbox JVM ended during round " + round);
                }
                System.out.printf(Locale.ROOT, "Round %d/%d done (%s first), %.0f s so far%n", round, rounds, order.get(0).side().label(),
                        (System.nanoTime() - start) / 1e9);
            }
            ManySessionsFigures scale = new ManySessions().measure(sandbox.baseUrl(), sandbox.apiKey());
            System.out.print(scale.table());
            SpeechQualityFigures speech = SpeechQuality.measure();
            String loadAtEnd = Machine.loadAverage();
            String conditions = String.format(Locale.ROOT, "%s, in %.0f s; load average (1 min) %s at the start, %s at the end",
                    ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    (System.nanoTime() - start) / 1e9, loadAtStart, loadAtEnd);
            if (busy(loadAtStart) || busy(loadAtEnd)) {
                conditions += ". The machine was busy with other work: check the round ratios before trusting a pass or a miss";
            }
            Report figures = new Report(results, scale, speech, machine, rounds, conditions);
            System.out.println();
            System.out.print(figures.table());
            System.out.println();
            System.out.print(speech.table());
            figures.writeMarkdown(report);
            System.out.println("Wrote " + report);
        }
    }

    /** More runnable threads than CPUs: other work competed with the benchmark. */
    private static boolean busy(String loadAverage) {
        return !"unknown".equals(loadAverage) && Double.parseDouble(loadAverage) >= Runtime.getRuntime().availableProcessors();
    }

    private static void exit(String problem) {
        System.err.println(problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
