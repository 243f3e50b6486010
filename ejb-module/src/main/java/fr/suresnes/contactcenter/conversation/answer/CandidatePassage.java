package fr.suresnes.contactcenter.conversation.answer;

/** A passage the search returned, with its full text and where it comes from. */
public record CandidatePassage(long passageId, long versionId, long documentId, String sourceId, String title,
                               String url, String section, String text, float score) {
}
