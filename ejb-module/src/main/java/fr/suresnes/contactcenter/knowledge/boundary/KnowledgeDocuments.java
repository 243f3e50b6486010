package fr.suresnes.contactcenter.knowledge.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.knowledge.entity.DocumentStatus;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        document.describe(imported.title(), imported.url(), imported.origin());
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

    /** A page of the documents whose title or source ID contains the filter, for browsing. */
    public List<KnowledgeDocument> page(String filter, int first, int size) {
        return em.createNamedQuery(KnowledgeDocument.FIND_MATCHING, KnowledgeDocument.class)
                .setParameter("pattern", pattern(filter)).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String filter) {
        return em.createNamedQuery(KnowledgeDocument.COUNT_MATCHING, Long.class).setParameter("pattern", pattern(filter))
                .getSingleResult();
    }

    public Optional<KnowledgeDocument> find(long id) {
        return Optional.ofNullable(em.find(KnowledgeDocument.class, id));
    }

    public List<DocumentVersion> versions(long documentId) {
        List<DocumentVersion> versions = em.createNamedQuery(DocumentVersion.FIND_BY_DOCUMENT, DocumentVersion.class)
                .setParameter("documentId", documentId).getResultList();
        versions.forEach(version -> version.getMetadata().size());
        return versions;
    }

    public List<Passage> passages(long versionId) {
        return em.createNamedQuery(Passage.FIND_BY_VERSION, Passage.class).setParameter("versionId", versionId)
                .getResultList();
    }

    private static String pattern(String filter) {
        return "%" + escapeLike(filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    /** @return false when there was no active document with this source ID */
    @RolesAllowed("admin")
    public boolean retire(String sourceId, String retiredBy) {
        return find(sourceId).filter(d -> d.getStatus() == DocumentStatus.ACTIVE).map(document -> {
            document.retire();
            audit.record(retiredBy, "DOCUMENT_RETIRED", "KnowledgeDocument", sourceId, null);
            return true;
        }).orElse(false);
    }

    /** Whether the file at this origin was already imported with this content: the import then skips reading it. */
    public boolean isCurrent(String origin, String contentHash) {
        return em.createNamedQuery(KnowledgeDocument.COUNT_CURRENT, Long.class)
                .setParameter("origin", origin).setParameter("hash", contentHash).getSingleResult() > 0;
    }

    /**
     * Retires the active documents imported from this folder whose file is no longer there.
     *
     * @return the IDs of the documents retired now
     */
    public List<Long> retireMissing(String folder, Set<String> presentOrigins, String retiredBy) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<KnowledgeDocument> gone = em.createNamedQuery(KnowledgeDocument.FIND_ACTIVE_FROM_FOLDER, KnowledgeDocument.class)
                .setParameter("folderPrefix", escapeLike(prefix) + "%")
                .getResultStream()
                .filter(document -> !presentOrigins.contains(document.getOrigin()))
                .toList();
        gone.forEach(document -> {
            document.retire();
            audit.record(retiredBy, "DOCUMENT_RETIRED", "KnowledgeDocument", document.getSourceId(),
                    "file removed: " + document.getOrigin());
        });
        return gone.stream().map(KnowledgeDocument::getId).toList();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
