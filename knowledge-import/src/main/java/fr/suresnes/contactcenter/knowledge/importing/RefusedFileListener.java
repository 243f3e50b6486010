package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reports every file the job skipped, with a reason the administrator can read. */
@Named
@Dependent
public class RefusedFileListener implements SkipProcessListener, SkipWriteListener {

    private static final Logger LOG = Logger.getLogger(RefusedFileListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    @Override
    public void onSkipProcessItem(Object item, Exception failure) {
        refuse((ImportCandidate) item, failure);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception failure) {
        items.forEach(item -> refuse(((FileOutcome) item).file(), failure));
    }

    private void refuse(ImportCandidate file, Exception failure) {
        String hash = failure instanceof FileRefusedException refused ? refused.contentHash() : null;
        runs.reject(ImportJobParameters.of(job).runId(), file.absolutePath(), hash, reasonFor(file, failure));
    }

    private static String reasonFor(ImportCandidate file, Exception failure) {
        if (failure instanceof FileRefusedException) {
            return failure.getMessage();
        }
        if (failure instanceof NoSuchFileException) {
            return "fichier supprimé pendant l'import";
        }
        LOG.log(Level.WARNING, "unexpected failure importing " + file.absolutePath(), failure);
        return "erreur inattendue : " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " — " + failure.getMessage().lines().findFirst().orElse(""));
    }
}
