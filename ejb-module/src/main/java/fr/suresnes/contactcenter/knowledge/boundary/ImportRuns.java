package fr.suresnes.contactcenter.knowledge.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.knowledge.entity.ImportIssue;
import fr.suresnes.contactcenter.knowledge.entity.ImportRun;
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
 * Each call commits on its own, so progress is visible while the import runs and survives its failure.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

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

    public void reject(long runId, String path, String reason) {
        em.createNamedQuery(ImportRun.ADD_COUNTS)
                .setParameter("processed", 1).setParameter("imported", 0).setParameter("updated", 0)
                .setParameter("unchanged", 0).setParameter("rejected", 1).setParameter("id", runId)
                .executeUpdate();
        em.persist(new ImportIssue(em.getReference(ImportRun.class, runId), ImportIssue.Severity.REJECTED, path, reason));
    }

    public void warn(long runId, String path, String warning) {
        em.persist(new ImportIssue(em.getReference(ImportRun.class, runId), ImportIssue.Severity.WARNING, path, warning));
    }

    public void complete(long runId, int retired) {
        ImportRun run = require(runId);
        em.refresh(run);
        run.complete(retired);
        audit.record("system", "IMPORT_COMPLETED", "ImportRun", runId, run.getFiles() + " file(s), "
                + run.getImported() + " imported, " + run.getUpdated() + " updated, " + run.getUnchanged()
                + " unchanged, " + retired + " retired, " + run.getRejected() + " rejected");
    }

    public void fail(long runId, String failure) {
        ImportRun run = require(runId);
        em.refresh(run);
        run.fail(failure);
        audit.record("system", "IMPORT_FAILED", "ImportRun", runId, failure);
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
