package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Retires the documents whose file left its folder: kept for audit, no longer answered from. A folder that is
 * missing altogether (an unmounted share) retires nothing.
 */
@Named
@Dependent
public class RetireMissingFiles extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    ImportRuns runs;

    @Inject
    KnowledgeSearch search;

    @Override
    public String process() {
        ImportJobParameters parameters = ImportJobParameters.of(job);
        Set<String> present = FolderScan.of(parameters.folders()).files().stream()
                .map(ImportCandidate::absolutePath).collect(Collectors.toSet());
        List<Long> retired = new ArrayList<>();
        for (Path folder : parameters.folders()) {
            if (Files.isDirectory(folder)) {
                retired.addAll(documents.retireMissing(folder.toString(), present, "system"));
            }
        }
        search.refresh(Set.copyOf(retired));
        runs.complete(parameters.runId(), retired.size());
        return "COMPLETED";
    }
}
