package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;

import java.util.List;
import java.util.Map;

/**
 * What a reader got out of one file, ready to be hashed and recorded: the document's own identifier when its
 * format has one (the ID of a DILA fiche) or else its path relative to the import folder, its title, its link,
 * its metadata (dc:description, dc:date, act.kind, act.number, act.date…), its passages with their section
 * paths and pages, and warnings the administrator should read (e.g. « OCR indisponible »).
 */
public record ReadDocument(String sourceId, String title, String url, String mediaType, String language,
                           Map<String, String> metadata, List<ImportedPassage> passages, List<String> warnings) {
}
