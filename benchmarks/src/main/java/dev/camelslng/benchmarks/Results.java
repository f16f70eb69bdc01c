package dev.camelslng.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figure of every round, per metric and side; the summary is the median across rounds. */
final class Results {

    private final Map<Metric, Map<Side, List<Double>>> figures = new EnumMap<>(Metric.class);

    void add(Metric metric, Side side, double value) {
        figures.computeIfAbsent(metric, m -> new EnumMap<>(Side.class)).computeIfAbsent(side, s -> new ArrayList<>()).add(value);
    }

    /** @return the figures in the order of the rounds */
    List<Double> rounds(Metric metric, Side side) {
        return figures.getOrDefault(metric, Map.of()).getOrDefault(side, List.of());
    }

    double median(Metric metric, Side side) {
        List<Double> sorted = rounds(metric, side).stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** @return median(component) / median(raw) */
    double ratio(Metric metric) {
        return median(metric, Side.COMPONENT) / median(metric, Side.RAW);
    }
}
