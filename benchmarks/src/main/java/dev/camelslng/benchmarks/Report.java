package dev.camelslng.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures as a plain-text table for the terminal and as {@code docs/performance.md}. */
final class Report {

    private static final String TEMPLATE = "/performance-template.md";
    /** The workload settings the method section quotes. */
    private static final Map<String, Object> SETTINGS = Map.ofEntries(
            Map.entry("warmUpRounds", BenchmarkMain.WARM_UP_ROUNDS),
            Map.entry("calls", SequentialTts.CALLS),
            Map.entry("blockCalls", SequentialTts.BLOCK_CALLS),
            Map.entry("textChars", SpokenText.TEXT.length()),
            Map.entry("audioBytes", SpokenText.AUDIO_BYTES),
            Map.entry("callers", ConcurrentTts.CALLERS),
            Map.entry("windows", ConcurrentTts.WINDOWS),
            Map.entry("windowMillis", ConcurrentTts.WINDOW_MILLIS),
            Map.entry("rampMillis", ConcurrentTts.RAMP_MILLIS),
            Map.entry("arrayUploads", Uploads.ARRAY_UPLOADS),
            Map.entry("fileUploads", Uploads.FILE_UPLOADS),
            Map.entry("utterances", FirstChunkLatency.UTTERANCES),
            Map.entry("blockUtterances", FirstChunkLatency.BLOCK_UTTERANCES),
            Map.entry("audioMessages", AudioMessageRate.MESSAGES),
            Map.entry("audioMessageBytes", AudioMessageRate.MESSAGE_BYTES),
            Map.entry("audioRuns", AudioMessageRate.RUNS),
            Map.entry("idleSessions", IdleSessionHeap.SESSIONS),
            Map.entry("sandboxHeap", SpeechQuality.SANDBOX_HEAP),
            Map.entry("scaleSessions", ManySessions.SESSIONS),
            Map.entry("scaleSeconds", ManySessions.SECONDS),
            Map.entry("scaleDropped", ManySessions.DROPPED_PERCENT));

    private final Results results;
    private final SpeechQualityFigures speech;
    private final ManySessionsFigures scale;
    private final Machine machine;
    private final int rounds;
    private final String conditions;

    /** @param conditions when the run ended, how long it took and how busy the machine was */
    Report(Results results, ManySessionsFigures scale, SpeechQualityFigures speech, Machine machine, int rounds, String conditions) {
        this.results = results;
        this.scale = scale;
        this.speech = speech;
        this.machine = machine;
        this.rounds = rounds;
        this.conditions = conditions;
    }

    String table() {
        String format = "%-64s %10s %10s %7s %13s %18s  %s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "metric (median of " + rounds + " rounds)",
                Side.COMPONENT.label(), "raw", "ratio", "round ratios", "target", "result"));
        for (Metric metric : Metric.values()) {
            if (metric.ordinal() > 0 && metric.section() != Metric.values()[metric.ordinal() - 1].section()) {
                out.append(String.format(Locale.ROOT, format, "-- streams (raw: " + metric.section().label(Side.RAW) + ")",
                        "", "", "", "", "", ""));
            }
            out.append(String.format(Locale.ROOT, format, metric.label(), number(results.median(metric, Side.COMPONENT)),
                    number(results.median(metric, Side.RAW)), ratio(metric), ratioRange(metric), metric.target(),
                    verdict(metric)));
        }
        return out.append("ratio: the median of the per-round ratios component / raw (lowest..highest beside it)")
                .append(System.lineSeparator())
                .append("targets: ").append(summary()).append(System.lineSeparator()).toString();
    }

    void writeMarkdown(Path file) throws IOException {
        String text;
        try (InputStream template = Report.class.getResourceAsStream(TEMPLATE)) {
            text = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("{{conditions}}", conditions)
                .replace("{{rounds}}", Integer.toString(rounds))
                .replace("{{summary}}", summary())
                .replace("{{table}}", markdownTable(Metric.Section.HTTP))
                .replace("{{streamTable}}", markdownTable(Metric.Section.STREAMS))
                .replace("{{scaleTable}}", scale.markdownTable())
                .replace("{{scalePhase}}", String.format(Locale.ROOT, "The phase took %.0f s.", scale.phaseSeconds()))
                .replace("{{speechTable}}", speech.markdownTable())
                .replace("{{speechSentences}}", Integer.toString(speech.overHttp().sentences()))
                .replace("{{speechPhase}}", String.format(Locale.ROOT, "%.0f s, of which %.1f s to start the real-engine sandbox",
                        speech.phaseSeconds(), speech.startSeconds()))
                .replace("{{machine}}", "- CPU: " + machine.cpu() + "\n- RAM: " + machine.ram() + "\n- Java: `" + machine.java()
                                         + "`\n- OS: " + machine.os() + "\n- Flags of the measured JVM: `" + machine.jvmFlags() + "`")
                .replace("{{perRound}}", perRoundTable());
        for (Map.Entry<String, Object> setting : SETTINGS.entrySet()) {
            text = text.replace("{{" + setting.getKey() + "}}", setting.getValue().toString());
        }
        Files.writeString(file, text);
    }

    private String summary() {
        List<Metric> targets = List.of(Metric.values()).stream().filter(Metric::hasTarget).toList();
        List<String> missed = targets.stream().filter(m -> !m.meets(results)).map(Metric::title).toList();
        return missed.isEmpty() ? "all " + targets.size() + " met."
                : (targets.size() - missed.size()) + " of " + targets.size() + " met; missed: " + String.join("; ", missed) + ".";
    }

    private String markdownTable(Metric.Section section) {
        StringBuilder out = new StringBuilder("| Metric | Component | " + section.rawColumn()
                                              + " | Ratio | Round ratios | Target | Result |\n|---|---:|---:|---:|---:|---|---|\n");
        for (Metric metric : Metric.values()) {
            if (metric.section() != section) {
                continue;
            }
            out.append("| ").append(metric.label()).append(" | ").append(number(results.median(metric, Side.COMPONENT)))
                    .append(" | ").append(number(results.median(metric, Side.RAW))).append(" | ").append(ratio(metric))
                    .append(" | ").append(ratioRange(metric)).append(" | ").append(metric.target()).append(" | ")
                    .append(verdict(metric)).append(" |\n");
        }
        return out.toString().strip();
    }

    private String perRoundTable() {
        StringBuilder out = new StringBuilder("| Metric | Side | Rounds 1.." + rounds + " |\n|---|---|---|\n");
        for (Metric metric : Metric.values()) {
            for (Side side : Side.values()) {
                String figures = results.rounds(metric, side).stream().map(Report::number).collect(Collectors.joining(", "));
                out.append("| ").append(metric.label()).append(" | ").append(metric.section().label(side)).append(" | ").append(figures)
                        .append(" |\n");
            }
        }
        return out.toString().strip();
    }

    private String ratio(Metric metric) {
        return String.format(Locale.ROOT, "%.3f", results.ratio(metric));
    }

    /** @return the lowest and highest per-round ratio, e.g. "0.98..1.12": how much the rounds disagreed */
    private String ratioRange(Metric metric) {
        List<Double> ratios = results.ratios(metric);
        return ratios.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f..%.2f", ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private String verdict(Metric metric) {
        if (!metric.hasTarget()) {
            return "";
        }
        return metric.meets(results) ? "pass" : "MISS";
    }

    /** Three significant figures are as many as the noise between rounds allows. */
    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
