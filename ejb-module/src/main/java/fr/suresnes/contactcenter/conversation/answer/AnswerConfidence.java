package fr.suresnes.contactcenter.conversation.answer;

/**
 * How sure the extractive composer is that its passages answer the question, in [0, 1]:
 * <pre>
 *   confidence = 1 / (1 + e^-z),   z = -4 + 5·coverage + 1.5·margin + 2·strength
 *   coverage = share of the question's content words found in the chosen passages (title, section, text)
 *   margin   = (s1 - s2) / s1, s1 the best score, s2 the best score of another document (margin 1 when none)
 *   strength = s1 / (s1 + h), h the score at which the search's evidence counts as half-way
 * </pre>
 * Coverage weighs most: a question whose words the passages do not hold stays below 0.38 whatever the scores, one
 * whose words are all found goes above 0.73 even with a weak, contested score. Search scores are not normalized,
 * so {@code h} depends on the ranking: {@link #BM25_HALF_WAY} for BM25, {@link #RANK_FUSION_HALF_WAY} for rank
 * fusion (a passage ranked first by one of the fused rankings). The weights are set by hand on the demo corpus;
 * they should be fitted (logistic regression) on the knowledge benchmark's judged questions.
 */
record AnswerConfidence(double coverage, double margin, double strength) {

    static final double BM25_HALF_WAY = 5.0;
    static final double RANK_FUSION_HALF_WAY = 1.0 / 61;

    private static final double BIAS = -4.0;
    private static final double COVERAGE_WEIGHT = 5.0;
    private static final double MARGIN_WEIGHT = 1.5;
    private static final double STRENGTH_WEIGHT = 2.0;

    static AnswerConfidence of(double coverage, double bestScore, double otherDocumentScore, double halfWayScore) {
        double best = Math.max(bestScore, 0);
        double margin = best == 0 ? 0 : clamp((best - Math.max(otherDocumentScore, 0)) / best);
        return new AnswerConfidence(clamp(coverage), margin, best / (best + halfWayScore));
    }

    double value() {
        double z = BIAS + COVERAGE_WEIGHT * coverage + MARGIN_WEIGHT * margin + STRENGTH_WEIGHT * strength;
        return 1 / (1 + Math.exp(-z));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
