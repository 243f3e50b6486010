package fr.suresnes.contactcenter.conversation.answer;

/** A source an answer cites: shown to the citizen, kept in the audit trail with its document version. */
public record Citation(long passageId, long versionId, String sourceId, String title, String section, String url) {
}
