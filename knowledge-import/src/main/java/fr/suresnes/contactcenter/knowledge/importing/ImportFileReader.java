package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Lists the files of the watched folders; the checkpoint is the position in that list. */
@Named
@Dependent
public class ImportFileReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    private List<ImportCandidate> files;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        ImportJobParameters parameters = ImportJobParameters.of(job);
        files = FolderScan.of(parameters.folders()).files();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        if (next == 0) {
            runs.start(parameters.runId(), files.size());
        }
    }

    @Override
    public Object readItem() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
