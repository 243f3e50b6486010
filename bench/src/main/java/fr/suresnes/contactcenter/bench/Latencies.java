package fr.suresnes.contactcenter.bench;

import java.util.Arrays;

/** Measured durations and their percentiles in milliseconds. */
final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** @param nanos the durations in nanoseconds, in any order; not kept */
    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile, {@code percent} in ]0, 100]; {@code NaN} when nothing was measured. */
    double percentileMillis(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
