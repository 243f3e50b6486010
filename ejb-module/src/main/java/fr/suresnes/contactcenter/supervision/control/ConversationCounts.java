package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** Counts of the conversations opened in a period: in all, by outcome, by channel, by queue and by day. */
@Dependent
public class ConversationCounts {

    private static final String OPENED_IN_PERIOD = " c.openedAt >= :from AND c.openedAt < :to";
    /** the outcomes concern the bots' conversations; contacts agents recorded count only by channel */
    private static final String SERVED_BY_BOTS = " AND c.recordedBy IS NULL";
    private static final String HANDED_OVER = " AND c.handedOverAt IS NOT NULL";
    private static final String BOT_ALONE = " AND c.handedOverAt IS NULL AND EXISTS (SELECT m FROM Message m"
            + " WHERE m.conversation = c AND m.author = fr.suresnes.contactcenter.conversation.entity.MessageAuthor.CITIZEN)";

    @PersistenceContext
    EntityManager em;

    public long opened(ReportingPeriod period) {
        return count(period, "");
    }

    /** entered a queue for a person, at least once */
    public long handedOver(ReportingPeriod period) {
        return count(period, HANDED_OVER);
    }

    /** the citizen wrote, and the conversation never entered a queue */
    public long botAlone(ReportingPeriod period) {
        return count(period, BOT_ALONE);
    }

    /** every channel that had a conversation or a recorded contact, most used first */
    public List<Tally> byChannel(ReportingPeriod period) {
        return bounded(em.createQuery("SELECT c.channel, COUNT(c) FROM Conversation c WHERE" + OPENED_IN_PERIOD
                + " GROUP BY c.channel ORDER BY COUNT(c) DESC", Object[].class), period).getResultStream()
                .map(row -> new Tally(((Channel) row[0]).name(), ((Channel) row[0]).label(),
                        ((Number) row[1]).longValue()))
                .toList();
    }

    /** the queues of the conversations handed over, in the queues' display order */
    public List<Tally> byQueue(ReportingPeriod period) {
        return bounded(em.createQuery("SELECT q.code, q.label, COUNT(c) FROM Conversation c JOIN c.queue q WHERE"
                + OPENED_IN_PERIOD + HANDED_OVER + " GROUP BY q.code, q.label, q.position ORDER BY q.position, q.code",
                Object[].class), period).getResultStream()
                .map(row -> new Tally((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    /** every day of the period, those without conversations included */
    public List<DailyCount> byDay(ReportingPeriod period) {
        DailyTallies tallies = new DailyTallies(period);
        bounded(em.createQuery("SELECT c.openedAt, c.handedOverAt FROM Conversation c WHERE" + OPENED_IN_PERIOD
                + SERVED_BY_BOTS,
                Object[].class), period).getResultStream()
                .forEach(row -> tallies.add((Instant) row[0], row[1] != null));
        return tallies.days();
    }

    private long count(ReportingPeriod period, String condition) {
        return bounded(em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE" + OPENED_IN_PERIOD + SERVED_BY_BOTS
                + condition,
                Long.class), period).getSingleResult();
    }

    static <Q extends jakarta.persistence.Query> Q bounded(Q query, ReportingPeriod period) {
        query.setParameter("from", period.from());
        query.setParameter("to", period.to());
        return query;
    }
}
