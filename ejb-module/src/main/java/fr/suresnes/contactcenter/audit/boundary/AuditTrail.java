package fr.suresnes.contactcenter.audit.boundary;

import fr.suresnes.contactcenter.audit.entity.AuditRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Appends to the audit trail inside the caller's transaction: the record exists if and only if the action happened. */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditRecord(actor, action, subjectType, String.valueOf(subjectId), detail));
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<AuditRecord> recent(int limit) {
        return em.createNamedQuery(AuditRecord.FIND_RECENT, AuditRecord.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
    }

    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<AuditRecord> about(String subjectType, Object subjectId) {
        return em.createNamedQuery(AuditRecord.FIND_BY_SUBJECT, AuditRecord.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", String.valueOf(subjectId))
                .getResultList();
    }
}
