package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.conversation.entity.AnswerRating;
import fr.suresnes.contactcenter.supervision.boundary.RatingCounts;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumMap;
import java.util.Map;

/** The citizens' ratings of the bot answers sent in a period. */
@Dependent
public class AnswerRatings {

    private static final String BY_RATING = "SELECT m.rating, COUNT(m) FROM Message m"
            + " WHERE m.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.BOT"
            + " AND m.rating IS NOT NULL AND m.sentAt >= :from AND m.sentAt < :to GROUP BY m.rating";

    @PersistenceContext
    EntityManager em;

    public RatingCounts of(ReportingPeriod period) {
        Map<AnswerRating, Long> counts = new EnumMap<>(AnswerRating.class);
        ConversationCounts.bounded(em.createQuery(BY_RATING, Object[].class), period).getResultStream()
                .forEach(row -> counts.put((AnswerRating) row[0], ((Number) row[1]).longValue()));
        return new RatingCounts(counts.getOrDefault(AnswerRating.USEFUL, 0L),
                counts.getOrDefault(AnswerRating.NOT_USEFUL, 0L));
    }
}
