package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Semantic search over the passages: a vector of each passage's meaning, stored as it is indexed, and a ranking
 * that fuses the passages nearest to the question with the full-text ranking.
 * <p>
 * The embeddings service is never required: when it fails, passages are indexed without vectors, and questions
 * are answered by the full-text ranking alone. Failures are logged with the service's message only.
 */
final class SemanticRanking {

    private static final Logger LOG = Logger.getLogger(SemanticRanking.class.getName());

    /** passages embedded together while indexing; the service may split them into smaller requests */
    private static final int INDEXING_CHUNK = 256;
    /** how far down each ranking the fusion looks */
    private static final int CANDIDATES = 100;

    private final Embeddings embeddings;

    SemanticRanking(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /**
     * Adds the passages with their vectors. Once the service fails, the remaining passages are added without
     * vectors, rather than waiting for a failing service again and again.
     */
    void addAll(Iterable<IndexedPassage> passages, IndexWriter writer) throws IOException {
        Iterator<IndexedPassage> remaining = passages.iterator();
        boolean serviceAnswers = true;
        while (remaining.hasNext()) {
            List<IndexedPassage> chunk = new ArrayList<>(INDEXING_CHUNK);
            while (remaining.hasNext() && chunk.size() < INDEXING_CHUNK) {
                chunk.add(remaining.next());
            }
            Optional<float[][]> vectors = serviceAnswers ? vectorsOf(chunk) : Optional.empty();
            serviceAnswers = vectors.isPresent();
            for (int i = 0; i < chunk.size(); i++) {
                Document document = PassageFields.toDocument(chunk.get(i));
                if (vectors.isPresent()) {
                    document.add(PassageFields.vector(vectors.get()[i]));
                }
                writer.addDocument(document);
            }
        }
    }

    /**
     * The passages ranked by fusing the full-text ranking of {@code lexical} with the passages nearest in meaning to
     * {@code text}; empty when no passage has a vector or the question cannot be embedded now.
     *
     * @return the hits, best first, and the number of passages (or documents when {@code perDocument}) found by
     *         either ranking
     */
    Optional<TopDocs> rank(IndexSearcher searcher, Query lexical, String text, int limit, boolean perDocument)
            throws IOException {
        FieldInfo vectors = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(PassageFields.VECTOR);
        if (vectors == null) {
            return Optional.empty();
        }
        Optional<float[]> question = vectorOf(text, vectors.getVectorDimension());
        if (question.isEmpty()) {
            return Optional.empty();
        }
        int candidates = Math.max(limit, CANDIDATES);
        Query nearest = searcher.rewrite(PassageFields.nearest(question.get(), candidates));
        ScoreDoc[] fused = ReciprocalRankFusion.fuse(searcher.search(lexical, candidates),
                searcher.search(nearest, candidates));
        Query either = new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.SHOULD)
                .add(nearest, BooleanClause.Occur.SHOULD)
                .build();
        if (perDocument) {
            long documents = searcher.search(either, new BestPassagePerDocument(1)).totalHits.value;
            return Optional.of(topDocs(documents,
                    BestPassagePerDocument.firstOfEachDocument(fused, searcher.storedFields(), limit)));
        }
        return Optional.of(topDocs(searcher.count(either), Arrays.copyOf(fused, Math.min(limit, fused.length))));
    }

    private Optional<float[][]> vectorsOf(List<IndexedPassage> chunk) {
        try {
            float[][] vectors = embeddings.embed(chunk.stream().map(PassageFields::meaning).toList());
            if (vectors.length != chunk.size()) {
                throw new EmbeddingsException(vectors.length + " vectors for " + chunk.size() + " passages");
            }
            return Optional.of(vectors);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Passages indexed without vectors from passage " + chunk.get(0).passageId()
                    + " on, semantic search will not find them until the next rebuild: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<float[]> vectorOf(String question, int dimension) {
        try {
            float[] vector = embeddings.embed(List.of(question))[0];
            if (vector.length != dimension) {
                throw new EmbeddingsException("the question's vector has " + vector.length
                        + " dimensions, the passages' " + dimension + "; rebuild the index after changing models");
            }
            return Optional.of(vector);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Semantic search unavailable, full-text search answers alone: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private static TopDocs topDocs(long total, ScoreDoc[] hits) {
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), hits);
    }
}
