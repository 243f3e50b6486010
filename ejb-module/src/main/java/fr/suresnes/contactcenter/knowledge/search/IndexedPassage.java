package fr.suresnes.contactcenter.knowledge.search;

/**
 * One passage as the search index holds it: the passage, where it comes from (document, version, section, page)
 * and the document fields that help find it (title, description).
 */
public record IndexedPassage(long passageId, long documentId, long versionId, String sourceId, String title,
                             String description, String url, String section, Integer page, String text) {
}
