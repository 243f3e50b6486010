package fr.suresnes.contactcenter.bench;

import java.util.List;

/** The time each search of a list of questions takes, one after the other. */
final class SearchLatencies {

    private SearchLatencies() {
    }

    static Latencies measure(Retriever retriever, List<String> questions) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            retriever.rankedSourceIds(questions.get(i), RetrievalScores.DEPTH);
            nanos[i] = System.nanoTime() - start;
        }
        return Latencies.of(nanos);
    }
}
