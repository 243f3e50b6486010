package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.importing.ContentHash;
import fr.suresnes.contactcenter.knowledge.reading.DocumentReaders;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A full import of the corpus as the import job does it, without the database: every file is hashed (SHA-256),
 * then read by {@link DocumentReaders} within the import limits.
 */
final class ImportPass {

    /** What a full import gives: the documents read, the hash of every file hashed, and how the pass went. */
    record ImportedCorpus(List<ReadDocument> documents, Map<Path, String> hashes, PassOutcome outcome) {
    }

    private final CorpusFolder corpus;
    private final ImportLimits limits;

    ImportPass(CorpusFolder corpus, ImportLimits limits) {
        this.corpus = corpus;
        this.limits = limits;
    }

    ImportedCorpus run(List<Path> files) {
        List<ReadDocument> documents = new ArrayList<>(files.size());
        Map<Path, String> hashes = new HashMap<>();
        PassOutcome.Tally tally = new PassOutcome.Tally();
        try (DocumentReaders readers = new DocumentReaders(limits.maxFileBytes(), limits.maxTextChars(), limits.timeLimit())) {
            for (Path file : files) {
                try {
                    hashes.put(file, ContentHash.sha256(file));
                    documents.add(readers.read(file, corpus.relativePath(file)));
                    tally.read();
                } catch (ExtractionFailedException | IOException e) {
                    tally.refused(e.getMessage());
                }
            }
        }
        return new ImportedCorpus(documents, hashes, tally.done());
    }
}
