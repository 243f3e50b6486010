package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * The people's times, over the conversations opened in a period: the first response (from entering a queue to the
 * first agent message) and the handling (from the claim by the agent who closed it to its close). Only plain
 * attributes are selected: PostgreSQL's driver returns the MIN or MAX of a timestamp as a type the Instant converter
 * does not read.
 */
@Dependent
public class ResponseTimes {

    private static final String FIRST_RESPONSES = "SELECT c.handedOverAt, m.sentAt FROM Conversation c"
            + " JOIN c.messages m WHERE c.handedOverAt IS NOT NULL AND c.openedAt >= :from AND c.openedAt < :to"
            + " AND m.sentAt = (SELECT MIN(f.sentAt) FROM Message f WHERE f.conversation = c"
            + " AND f.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.AGENT)"
            + " AND m.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.AGENT";
    private static final String HANDLINGS = "SELECT c.claimedAt, c.closedAt FROM Conversation c"
            + " WHERE c.claimedAt IS NOT NULL AND c.closedAt IS NOT NULL AND c.openedAt >= :from AND c.openedAt < :to";

    @PersistenceContext
    EntityManager em;

    public DurationSummary firstResponse(ReportingPeriod period) {
        return between(FIRST_RESPONSES, period);
    }

    public DurationSummary handling(ReportingPeriod period) {
        return between(HANDLINGS, period);
    }

    private DurationSummary between(String startAndEnd, ReportingPeriod period) {
        return DurationSummary.of(ConversationCounts.bounded(em.createQuery(startAndEnd, Object[].class), period)
                .getResultStream().map(row -> Duration.between((Instant) row[0], (Instant) row[1])).toList());
    }
}
