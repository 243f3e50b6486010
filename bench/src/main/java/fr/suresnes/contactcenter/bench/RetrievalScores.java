package fr.suresnes.contactcenter.bench;

import java.util.ArrayList;
import java.util.List;

/** hit@1, hit@3 and MRR of one search engine on one question set, and the questions it missed in its top 3. */
record RetrievalScores(double hitAt1, double hitAt3, double meanReciprocalRank, List<Miss> missesInTop3) {

    /** How deep results are read: ranks beyond count as not found (MRR@10). */
    static final int DEPTH = 10;

    /** A question whose answer was not in the top 3: the rank it had (0 when not in the top {@link #DEPTH}). */
    record Miss(LabelledQuestion question, int rank, List<String> top3) {
    }

    static RetrievalScores of(Retriever retriever, QuestionSet set) {
        int hits1 = 0;
        int hits3 = 0;
        double reciprocalRanks = 0;
        List<Miss> misses = new ArrayList<>();
        for (LabelledQuestion question : set.questions()) {
            List<String> ranked = retriever.rankedSourceIds(question.text(), DEPTH);
            int rank = rankOfAnswer(ranked, question);
            hits1 += rank == 1 ? 1 : 0;
            hits3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (rank == 0 || rank > 3) {
                misses.add(new Miss(question, rank, ranked.subList(0, Math.min(3, ranked.size()))));
            }
        }
        int count = set.questions().size();
        return new RetrievalScores((double) hits1 / count, (double) hits3 / count, reciprocalRanks / count, List.copyOf(misses));
    }

    private static int rankOfAnswer(List<String> ranked, LabelledQuestion question) {
        for (int i = 0; i < ranked.size(); i++) {
            if (question.answeringIds().contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
