package fr.suresnes.contactcenter.knowledge.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.knowledge.entity.DocumentStatus;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge base's source of truth. Imports are idempotent: the same content twice is one version; a changed
 * content is a new version, the old one kept; a document gone from its source is retired, never deleted.
 */
@Stateless
@PermitAll
public class KnowledgeDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public ImportOutcome record(ImportedDocument imported) {
        Optional<KnowledgeDocument> known = find(imported.sourceId());
        if (known.isPresent() && known.get().getStatus() == DocumentStatus.ACTIVE && known.get().latestVersion()
                .map(latest -> latest.getContentHash().equals(imported.contentHash())).orElse(false)) {
            return ImportOutcome.UNCHANGED;
        }
        KnowledgeDocument document = known.orElseGet(() -> {
            KnowledgeDocument created = new KnowledgeDocument(imported.sourceId(), imported.title(), imported.url());
            em.persist(created);
            return created;
        });
        document.describe(imported.title(), imported.url());
        DocumentVersion version = document.addVersion(imported.contentHash(), imported.mediaType(), imported.language(),
                imported.sizeBytes());
        imported.metadata().forEach(version::putMetadata);
        imported.passages().forEach(p -> version.addPassage(p.sectionPath(), p.page(), p.content()));
        em.persist(version);
        ImportOutcome outcome = known.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.IMPORTED;
        audit.record("system", "DOCUMENT_" + outcome, "KnowledgeDocument", imported.sourceId(),
                "version " + version.getNumber() + ", " + imported.passages().size() + " passage(s)");
        return outcome;
    }

    /** @return false when there was no active document with this source ID */
    public boolean retire(String sourceId, String retiredBy) {
        return find(sourceId).filter(d -> d.getStatus() == DocumentStatus.ACTIVE).map(document -> {
            document.retire();
            audit.record(retiredBy, "DOCUMENT_RETIRED", "KnowledgeDocument", sourceId, null);
            return true;
        }).orElse(false);
    }

    public Optional<KnowledgeDocument> find(String sourceId) {
        return em.createNamedQuery(KnowledgeDocument.FIND_BY_SOURCE_ID, KnowledgeDocument.class)
                .setParameter("sourceId", sourceId).getResultStream().findFirst();
    }

    public long countActive() {
        return em.createNamedQuery(KnowledgeDocument.COUNT_BY_STATUS, Long.class)
                .setParameter("status", DocumentStatus.ACTIVE).getSingleResult();
    }

    /** What the search index is built from: the newest version's passages of every active document. */
    public List<Passage> answerablePassages() {
        return em.createNamedQuery(Passage.FIND_ANSWERABLE, Passage.class).getResultList();
    }
}
