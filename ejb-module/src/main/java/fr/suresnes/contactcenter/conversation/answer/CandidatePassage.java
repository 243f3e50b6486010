package fr.suresnes.contactcenter.conversation.answer;

import fr.suresnes.contactcenter.knowledge.search.SearchHit;

/** A passage the search returned, with its full text and where it comes from. */
public record CandidatePassage(long passageId, long versionId, long documentId, String sourceId, String title,
                               String url, String section, String text, float score) {

    /** A search hit with the full text of its passage (the hit itself only carries an excerpt). */
    public static CandidatePassage of(SearchHit hit, String text) {
        return new CandidatePassage(hit.passageId(), hit.versionId(), hit.documentId(), hit.sourceId(), hit.title(),
                hit.url(), hit.section(), text, hit.score());
    }
}
