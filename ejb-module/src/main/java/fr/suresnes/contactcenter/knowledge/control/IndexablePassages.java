package fr.suresnes.contactcenter.knowledge.control;

import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import fr.suresnes.contactcenter.knowledge.search.IndexedPassage;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the search index is derived from: the passages of the newest version of every active document. */
@Dependent
public class IndexablePassages {

    @PersistenceContext
    EntityManager em;

    public List<IndexedPassage> all() {
        return toIndexed(em.createNamedQuery(Passage.FIND_INDEXABLE, Object[].class),
                em.createNamedQuery(DocumentVersion.FIND_DESCRIPTIONS, Object[].class));
    }

    /** empty when the document is retired or unknown */
    public List<IndexedPassage> ofDocument(long documentId) {
        return toIndexed(em.createNamedQuery(Passage.FIND_INDEXABLE_OF_DOCUMENT, Object[].class).setParameter("documentId", documentId),
                em.createNamedQuery(DocumentVersion.FIND_DESCRIPTIONS_OF_DOCUMENT, Object[].class).setParameter("documentId", documentId));
    }

    /** Changes whenever a passage becomes answerable or stops being so: the index is stale when it differs. */
    public String generation() {
        Object[] countAndMax = em.createNamedQuery(Passage.INDEXABLE_GENERATION, Object[].class).getSingleResult();
        return countAndMax[0] + ":" + countAndMax[1];
    }

    private static List<IndexedPassage> toIndexed(TypedQuery<Object[]> passages, TypedQuery<Object[]> descriptions) {
        Map<Long, String> descriptionByVersion = new HashMap<>();
        for (Object[] row : descriptions.getResultList()) {
            descriptionByVersion.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return passages.getResultStream().map(row -> {
            long versionId = ((Number) row[2]).longValue();
            return new IndexedPassage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), versionId,
                    (String) row[3], (String) row[4], descriptionByVersion.get(versionId), (String) row[5],
                    (String) row[6], (Integer) row[7], (String) row[8]);
        }).toList();
    }
}
