package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument;

import java.util.List;

/** What processing one file gave: a document to record, or nothing because the file did not change. */
record FileOutcome(ImportCandidate file, ImportedDocument document, List<String> warnings) {

    static FileOutcome unchanged(ImportCandidate file) {
        return new FileOutcome(file, null, List.of());
    }

    boolean isUnchanged() {
        return document == null;
    }
}
