package fr.suresnes.contactcenter.knowledge.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Reciprocal Rank Fusion (Cormack, Clarke and Büttcher, 2009): a hit ranked r-th (from 1) by a ranking scores
 * 1 / ({@value #K} + r) from it; hits are ordered by their summed scores. Only ranks count, so rankings whose
 * scores are not comparable, such as BM25 and cosine similarity, fuse well.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {
    }

    /** All hits of the rankings, best fused score first. */
    static ScoreDoc[] fuse(TopDocs... rankings) {
        Map<Integer, Float> scores = new HashMap<>();
        for (TopDocs ranking : rankings) {
            for (int rank = 1; rank <= ranking.scoreDocs.length; rank++) {
                scores.merge(ranking.scoreDocs[rank - 1].doc, 1f / (K + rank), Float::sum);
            }
        }
        return scores.entrySet().stream()
                .map(hit -> new ScoreDoc(hit.getKey(), hit.getValue()))
                .sorted(BestPassagePerDocument.BEST_FIRST)
                .toArray(ScoreDoc[]::new);
    }
}
