package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.file.Files;
import java.util.Optional;

/**
 * Reads one file unless its content is already the current version of its document, or was already refused
 * (same SHA-256): unchanged files cost a hash, not a parse. A file that cannot be read raises an exception with
 * the reason, which the job skips and reports.
 */
@Named
@Dependent
public class ImportFileProcessor implements ItemProcessor {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    DocumentReading reading;

    @Inject
    ImportRuns runs;

    @Override
    public Object processItem(Object item) throws Exception {
        ImportCandidate file = (ImportCandidate) item;
        long size = Files.size(file.path());
        if (size > reading.maxFileBytes()) {
            throw new FileRefusedException("fichier trop volumineux (" + size + " octets, limite " + reading.maxFileBytes() + ")",
                    null, null);
        }
        String hash = ContentHash.sha256(file.path());
        if (documents.isCurrent(file.absolutePath(), hash)) {
            return FileOutcome.unchanged(file);
        }
        Optional<String> refusedBefore = runs.earlierRefusal(file.absolutePath(), hash);
        if (refusedBefore.isPresent()) {
            throw new FileRefusedException(refusedBefore.get(), hash, null);
        }
        ReadDocument read;
        try {
            read = reading.read(file.path(), file.relativePath());
        } catch (ExtractionFailedException refused) {
            throw new FileRefusedException(refused.getMessage(), hash, refused);
        }
        return new FileOutcome(file, new ImportedDocument(read.sourceId(), file.absolutePath(), read.title(), read.url(),
                hash, read.mediaType(), read.language(), size, read.metadata(), read.passages()), read.warnings());
    }
}
