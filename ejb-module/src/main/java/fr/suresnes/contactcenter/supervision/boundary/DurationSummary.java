package fr.suresnes.contactcenter.supervision.boundary;

import java.time.Duration;
import java.util.List;

/**
 * How long something took over a set of cases: mean, median and 90th percentile (nearest-rank: the smallest value
 * that at least that share of the cases do not exceed). Without cases, every figure is null.
 */
public record DurationSummary(int count, Duration mean, Duration median, Duration p90) {

    public static DurationSummary of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new DurationSummary(0, null, null, null);
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        return new DurationSummary(sorted.size(), total.dividedBy(sorted.size()), percentile(sorted, 50),
                percentile(sorted, 90));
    }

    /** nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted values, ranks counted from 1 */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
