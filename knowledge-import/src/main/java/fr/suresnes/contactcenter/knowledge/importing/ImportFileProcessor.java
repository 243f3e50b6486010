package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.file.Files;

/**
 * Reads one file unless its content is already the current version of its document (same SHA-256): unchanged
 * files cost a hash, not a parse. A file that cannot be read raises an exception with the reason, which the job
 * skips and reports.
 */
@Named
@Dependent
public class ImportFileProcessor implements ItemProcessor {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    DocumentReading reading;

    @Override
    public Object processItem(Object item) throws Exception {
        ImportCandidate file = (ImportCandidate) item;
        long size = Files.size(file.path());
        if (size > reading.maxFileBytes()) {
            throw new ExtractionFailedException("fichier trop volumineux (" + size + " octets, limite " + reading.maxFileBytes() + ")");
        }
        String hash = ContentHash.sha256(file.path());
        if (documents.isCurrent(file.absolutePath(), hash)) {
            return FileOutcome.unchanged(file);
        }
        ReadDocument read = reading.read(file.path(), file.relativePath());
        return new FileOutcome(file, new ImportedDocument(read.sourceId(), file.absolutePath(), read.title(), read.url(),
                hash, read.mediaType(), read.language(), size, read.metadata(), read.passages()), read.warnings());
    }
}
