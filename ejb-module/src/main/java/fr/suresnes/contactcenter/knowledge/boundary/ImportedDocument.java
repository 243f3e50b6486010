package fr.suresnes.contactcenter.knowledge.boundary;

import java.util.List;
import java.util.Map;

/** What an import read from one file, ready to become a document version. */
public record ImportedDocument(String sourceId, String title, String url, String contentHash, String mediaType,
                               String language, long sizeBytes, Map<String, String> metadata,
                               List<ImportedPassage> passages) {

    public record ImportedPassage(String sectionPath, Integer page, String content) {
    }
}
