package fr.suresnes.contactcenter.bench;

import java.util.Arrays;
import java.util.List;

/** The time each search of a list of questions took, one after the other, and its percentiles in milliseconds. */
final class SearchLatencies {

    private final long[] sortedNanos;

    private SearchLatencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static SearchLatencies measure(Retriever retriever, List<String> questions) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            retriever.rankedSourceIds(questions.get(i), RetrievalScores.DEPTH);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new SearchLatencies(nanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile, {@code percent} in ]0, 100]. */
    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
