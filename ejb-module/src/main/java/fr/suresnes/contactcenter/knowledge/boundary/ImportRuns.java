package fr.suresnes.contactcenter.knowledge.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.knowledge.entity.ImportIssue;
import fr.suresnes.contactcenter.knowledge.entity.ImportRun;
import fr.suresnes.contactcenter.knowledge.entity.ImportRunState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The record of every import: queued, running with its counters, finished or failed, and the files it refused.
 * Counts join the import's chunk transactions, so a run's figures always match what was recorded.
 */
@Stateless
@PermitAll
public class ImportRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Commits at once: the job started right after reads the run from its own thread. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long queue(String triggeredBy, String folders) {
        ImportRun run = new ImportRun(triggeredBy, folders);
        em.persist(run);
        em.flush();
        audit.record(triggeredBy, "IMPORT_QUEUED", "ImportRun", run.getId(), folders);
        return run.getId();
    }

    public void start(long runId, int files) {
        require(runId).start(files);
    }

    public void count(long runId, ImportOutcome outcome) {
        em.createNamedQuery(ImportRun.ADD_COUNTS)
                .setParameter("processed", 1)
                .setParameter("imported", outcome == ImportOutcome.IMPORTED ? 1 : 0)
                .setParameter("updated", outcome == ImportOutcome.UPDATED ? 1 : 0)
                .setParameter("unchanged", outcome == ImportOutcome.UNCHANGED ? 1 : 0)
                .setParameter("rejected", 0)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /** @param contentHash the SHA-256 of the file when it was computed: the same content is then not read again */
    public void reject(long runId, String path, String contentHash, String reason) {
        em.createNamedQuery(ImportRun.ADD_COUNTS)
                .setParameter("processed", 1).setParameter("imported", 0).setParameter("updated", 0)
                .setParameter("unchanged", 0).setParameter("rejected", 1).setParameter("id", runId)
                .executeUpdate();
        em.persist(new ImportIssue(em.getReference(ImportRun.class, runId), ImportIssue.Severity.REJECTED, path,
                contentHash, reason));
    }

    public void warn(long runId, String path, String warning) {
        em.persist(new ImportIssue(em.getReference(ImportRun.class, runId), ImportIssue.Severity.WARNING, path, null,
                warning));
    }

    public void complete(long runId, int retired) {
        ImportRun run = require(runId);
        em.refresh(run);
        run.complete(retired);
        audit.record("system", "IMPORT_COMPLETED", "ImportRun", runId, run.getFiles() + " file(s), "
                + run.getImported() + " imported, " + run.getUpdated() + " updated, " + run.getUnchanged()
                + " unchanged, " + retired + " retired, " + run.getRejected() + " rejected");
    }

    /** Marks the run failed, unless it already completed. */
    public void fail(long runId, String failure) {
        ImportRun run = require(runId);
        em.refresh(run);
        if (run.getState() == ImportRunState.COMPLETED) {
            return;
        }
        run.fail(failure);
        audit.record("system", "IMPORT_FAILED", "ImportRun", runId, failure);
    }

    /** the reason this exact content of this file was refused before, if it was */
    public Optional<String> earlierRefusal(String path, String contentHash) {
        return em.createNamedQuery(ImportIssue.FIND_REFUSAL_OF_CONTENT, ImportIssue.class)
                .setParameter("path", path).setParameter("hash", contentHash).setMaxResults(1)
                .getResultStream().findFirst().map(ImportIssue::getReason);
    }

    public List<ImportRun> recent(int limit) {
        return em.createNamedQuery(ImportRun.FIND_RECENT, ImportRun.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    public Optional<ImportRun> find(long runId) {
        return Optional.ofNullable(em.find(ImportRun.class, runId)).map(run -> {
            em.refresh(run);
            return run;
        });
    }

    public List<ImportIssue> issues(long runId) {
        return em.createNamedQuery(ImportIssue.FIND_BY_RUN, ImportIssue.class).setParameter("runId", runId).getResultList();
    }

    /** Runs left queued or running by a server that stopped mid-way: they can never finish. */
    public int abandonUnfinished() {
        List<ImportRun> unfinished = em.createNamedQuery(ImportRun.FIND_UNFINISHED, ImportRun.class).getResultList();
        unfinished.forEach(run -> run.fail("interrompu par l'arrêt du serveur"));
        return unfinished.size();
    }

    private ImportRun require(long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("no import run " + runId);
        }
        return run;
    }
}
