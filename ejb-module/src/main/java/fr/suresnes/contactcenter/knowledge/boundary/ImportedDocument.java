package fr.suresnes.contactcenter.knowledge.boundary;

import java.util.List;
import java.util.Map;

/**
 * What an import read from one file, ready to become a document version. The origin is the file's absolute path
 * (null when the document comes from no folder): a file gone from its folder retires its document.
 */
public record ImportedDocument(String sourceId, String origin, String title, String url, String contentHash, String mediaType,
                               String language, long sizeBytes, Map<String, String> metadata,
                               List<ImportedPassage> passages) {

    public record ImportedPassage(String sectionPath, Integer page, String content) {
    }
}
