package fr.suresnes.contactcenter.knowledge.search;

/** A passage that matched, with the excerpt to show (matched words highlighted with « [ » and « ] »). */
public record SearchHit(long documentId, String sourceId, String title, String url, String section, Integer page,
                        String excerpt, float score, long passageId, long versionId) {
}
