package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the run failed when the job itself fails, and lets the next requested import start. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    @Inject
    KnowledgeImports imports;

    @Override
    public void afterJob() {
        boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED;
        try {
            if (!completed) {
                runs.fail(ImportJobParameters.of(job).runId(), "import interrompu (" + job.getBatchStatus()
                        + (job.getExitStatus() == null ? "" : ", " + job.getExitStatus()) + ")");
            }
        } finally {
            imports.ended(job.getExecutionId(), completed);
        }
    }
}
