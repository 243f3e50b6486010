package fr.suresnes.contactcenter.conversation.control;

import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;
import fr.suresnes.contactcenter.conversation.answer.Situation;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;

/** The passages an answer may be written from: the best search hits, with their full text from the database. */
@Dependent
public class PassageCandidates {

    @Inject
    KnowledgeSearch search;

    @PersistenceContext
    EntityManager em;

    public List<CandidatePassage> forQuestion(String question, int limit) {
        return search.passagesFor(question, limit).stream()
                .map(this::withText)
                .filter(Objects::nonNull)
                .toList();
    }

    private CandidatePassage withText(SearchHit hit) {
        Passage passage = em.find(Passage.class, hit.passageId());
        return passage == null ? null
                : CandidatePassage.of(hit, passage.getContent(), Situation.of(passage.getDocumentVersion().getMetadata()));
    }
}
