package org.claimgraph.bench;

import java.util.Arrays;

/**
 * Per-article processing times of a phase, in milliseconds: mean, median, 90th percentile and
 * maximum. Percentiles are nearest-rank ({@code ceil(p * n)}-th smallest), so every value is one
 * that was measured.
 */
public record LatencyStats(int count, double meanMillis, double medianMillis, double p90Millis, double maxMillis) {

    /** No measurements. */
    public static final LatencyStats NONE = new LatencyStats(0, 0, 0, 0, 0);

    /** The statistics of {@code nanos}, one value per article; the array is not changed. */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencyStats(sorted.length, millis(sum / sorted.length), millis(rank(sorted, 0.5)),
                millis(rank(sorted, 0.9)), millis(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 1) of a sorted, non-empty array. */
    static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }
}
