package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportOutcome;
import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records the documents read, counts every file in the run, and brings the search index up to date. */
@Named
@Dependent
public class ImportRecordWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    ImportRuns runs;

    @Inject
    KnowledgeSearch search;

    @Override
    public void writeItems(List<Object> items) {
        long runId = ImportJobParameters.of(job).runId();
        Set<Long> changed = new HashSet<>();
        for (Object item : items) {
            FileOutcome outcome = (FileOutcome) item;
            if (outcome.isUnchanged()) {
                runs.count(runId, ImportOutcome.UNCHANGED);
                continue;
            }
            ImportOutcome recorded = documents.record(outcome.document());
            runs.count(runId, recorded);
            outcome.warnings().forEach(warning -> runs.warn(runId, outcome.file().absolutePath(), warning));
            if (recorded != ImportOutcome.UNCHANGED) {
                documents.find(outcome.document().sourceId()).map(KnowledgeDocument::getId).ifPresent(changed::add);
            }
        }
        search.refresh(changed);
    }
}
