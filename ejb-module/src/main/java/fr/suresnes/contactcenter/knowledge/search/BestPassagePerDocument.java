package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Groups matching passages by document and keeps each document's best passage: the top documents, best first,
 * with the number of matching documents as total. Also groups passages already ranked.
 */
final class BestPassagePerDocument implements CollectorManager<BestPassagePerDocument.Collector, TopDocs> {

    static final Comparator<ScoreDoc> BEST_FIRST =
            Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc);

    private final int limit;

    BestPassagePerDocument(int limit) {
        this.limit = limit;
    }

    /** The first passage of each document in {@code ranked}, best first, at most {@code limit}. */
    static ScoreDoc[] firstOfEachDocument(ScoreDoc[] ranked, StoredFields storedFields, int limit) throws IOException {
        Set<Long> documents = new HashSet<>();
        List<ScoreDoc> first = new ArrayList<>();
        for (int i = 0; i < ranked.length && first.size() < limit; i++) {
            if (documents.add(PassageFields.documentId(storedFields, ranked[i].doc))) {
                first.add(ranked[i]);
            }
        }
        return first.toArray(ScoreDoc[]::new);
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    @Override
    public TopDocs reduce(Collection<Collector> collectors) {
        Map<Long, ScoreDoc> best = new HashMap<>();
        collectors.forEach(collector -> collector.best.forEach((document, hit) -> keepBetter(best, document, hit)));
        List<ScoreDoc> top = best.values().stream().sorted(BEST_FIRST).limit(limit).toList();
        return new TopDocs(new TotalHits(best.size(), TotalHits.Relation.EQUAL_TO), top.toArray(ScoreDoc[]::new));
    }

    private static void keepBetter(Map<Long, ScoreDoc> best, long document, ScoreDoc hit) {
        best.merge(document, hit, (kept, other) -> BEST_FIRST.compare(kept, other) <= 0 ? kept : other);
    }

    static final class Collector extends SimpleCollector {

        private final Map<Long, ScoreDoc> best = new HashMap<>();
        private SortedNumericDocValues documentIds;
        private Scorable scorer;
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            documentIds = DocValues.getSortedNumeric(context.reader(), PassageFields.DOCUMENT_ID);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (documentIds.advanceExact(doc)) {
                keepBetter(best, documentIds.nextValue(), new ScoreDoc(docBase + doc, scorer.score()));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
