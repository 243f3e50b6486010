package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two engines compared, built from the same read documents: the application's passage search and the
 * whole-document baseline; with the document titles, to explain misses, and how long the passage index took.
 */
record SearchEngines(PassageSearch passages, WholeDocumentBaseline baseline, Map<String, String> titles,
                     Duration passageIndexing) implements AutoCloseable {

    static final String PASSAGE_INDEX = "passages";
    static final String BASELINE_INDEX = "baseline";

    static SearchEngines build(TemporaryFolder folder, List<ReadDocument> documents) {
        long start = System.nanoTime();
        PassageSearch passages = new PassageSearch(folder.resolve(PASSAGE_INDEX), documents);
        Duration indexing = Duration.ofNanos(System.nanoTime() - start);
        WholeDocumentBaseline baseline = new WholeDocumentBaseline(folder.resolve(BASELINE_INDEX), documents);
        Map<String, String> titles = documents.stream()
                .collect(Collectors.toMap(ReadDocument::sourceId, document -> String.valueOf(document.title()), (a, b) -> a));
        return new SearchEngines(passages, baseline, titles, indexing);
    }

    boolean isIndexed(String sourceId) {
        return titles.containsKey(sourceId);
    }

    String titleOf(String sourceId) {
        return titles.getOrDefault(sourceId, "not in the index");
    }

    @Override
    public void close() {
        passages.close();
        baseline.close();
    }
}
