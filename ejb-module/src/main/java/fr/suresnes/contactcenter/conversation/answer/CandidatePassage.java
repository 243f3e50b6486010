package fr.suresnes.contactcenter.conversation.answer;

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
}
