package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.UnansweredQuestion;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The gaps of the knowledge base: the citizen messages the bot answered by saying it was unsure and offering a person
 * (what every composer does below its confidence threshold), the same words counted together whatever their case,
 * most frequent first, then the most recently asked.
 */
@Dependent
public class UnansweredQuestions {

    private static final String MOST_FREQUENT = "SELECT MIN(q.body), COUNT(m) FROM Message m, Message q"
            + " WHERE m.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.BOT"
            + " AND m.sentAt >= :from AND m.sentAt < :to"
            + " AND EXISTS (SELECT o FROM Message o JOIN o.choices choice WHERE o = m AND choice.payload = :advisor)"
            + " AND q.conversation = m.conversation"
            + " AND q.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.CITIZEN"
            + " AND q.sentAt = (SELECT MAX(p.sentAt) FROM Message p WHERE p.conversation = m.conversation"
            + " AND p.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.CITIZEN AND p.sentAt <= m.sentAt)"
            + " GROUP BY LOWER(q.body) ORDER BY COUNT(m) DESC, MAX(m.sentAt) DESC";

    @PersistenceContext
    EntityManager em;

    public List<UnansweredQuestion> mostFrequent(ReportingPeriod period, int limit) {
        return ConversationCounts.bounded(em.createQuery(MOST_FREQUENT, Object[].class), period)
                .setParameter("advisor", Assistant.ADVISOR_PAYLOAD)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new UnansweredQuestion((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
