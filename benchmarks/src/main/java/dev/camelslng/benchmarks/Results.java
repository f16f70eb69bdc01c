package dev.camelslng.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figure of every round, per metric and side; the summaries are medians across rounds. */
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
        return median(rounds(metric, side));
    }

    /**
     * The median of the per-round ratios component / raw. Both sides of a round ran in turns under the same conditions, so
     * each round's ratio is a paired comparison; load that varies between rounds cancels out of it.
     */
    double ratio(Metric metric) {
        return median(ratios(metric));
    }

    /** @return each round's ratio component / raw, sorted */
    List<Double> ratios(Metric metric) {
        List<Double> component = rounds(metric, Side.COMPONENT);
        List<Double> raw = rounds(metric, Side.RAW);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < Math.min(component.size(), raw.size()); round++) {
            ratios.add(component.get(round) / raw.get(round));
        }
        return ratios.stream().sorted().toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
