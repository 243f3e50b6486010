package fr.suresnes.contactcenter.conversation.answer;

import fr.suresnes.contactcenter.knowledge.search.SearchHit;

/**
 * A passage the search returned, with its full text and where it comes from.
 *
 * @param situation the situation its document is written for, or null when its document is not one of several
 *                  siblings split by situation
 */
public record CandidatePassage(long passageId, long versionId, long documentId, String sourceId, String title,
                               String url, String section, String text, float score, Situation situation) {

    /** A passage whose document is not split by situation. */
    public CandidatePassage(long passageId, long versionId, long documentId, String sourceId, String title,
                            String url, String section, String text, float score) {
        this(passageId, versionId, documentId, sourceId, title, url, section, text, score, null);
    }

    /**
     * A search hit with the full text of its passage (the hit itself only carries an excerpt) and the situation its
     * document's metadata names ({@link Situation#of}).
     */
    public static CandidatePassage of(SearchHit hit, String text, Situation situation) {
        return new CandidatePassage(hit.passageId(), hit.versionId(), hit.documentId(), hit.sourceId(), hit.title(),
                hit.url(), hit.section(), text, hit.score(), situation);
    }
}
