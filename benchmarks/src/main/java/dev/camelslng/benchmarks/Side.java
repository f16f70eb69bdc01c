package dev.camelslng.benchmarks;

/** The two ways of calling SLNG that the benchmark compares. */
enum Side {
    COMPONENT("component"),
    RAW("raw HttpClient 5");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
