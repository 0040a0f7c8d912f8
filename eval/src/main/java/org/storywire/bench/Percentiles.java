package org.storywire.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of latencies. */
public record Percentiles(int count, double p50, double p99, double max) {

    /** Over {@code values} (any order; not modified); all zero for an empty sample. */
    public static Percentiles of(double[] values) {
        if (values.length == 0) return new Percentiles(0, 0, 0, 0);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The smallest value with at least {@code percent}% of the sample at or below it. */
    static double rank(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
