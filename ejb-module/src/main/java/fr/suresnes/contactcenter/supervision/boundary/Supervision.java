package fr.suresnes.contactcenter.supervision.boundary;

import fr.suresnes.contactcenter.supervision.control.AgentLoads;
import fr.suresnes.contactcenter.supervision.control.AnswerRatings;
import fr.suresnes.contactcenter.supervision.control.ConversationCounts;
import fr.suresnes.contactcenter.supervision.control.QueueLoads;
import fr.suresnes.contactcenter.supervision.control.ResponseTimes;
import fr.suresnes.contactcenter.supervision.control.UnansweredQuestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/** What supervisors see of the contact center: its state now, and how it did over a period. */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class Supervision {

    /** the unanswered questions listed, most frequent first */
    public static final int UNANSWERED_LIMIT = 50;

    @Inject
    QueueLoads queues;

    @Inject
    AgentLoads agents;

    @Inject
    ConversationCounts conversations;

    @Inject
    ResponseTimes times;

    @Inject
    AnswerRatings ratings;

    @Inject
    UnansweredQuestions unanswered;

    public LiveFigures live() {
        Instant now = Instant.now();
        return new LiveFigures(now, queues.at(now), agents.now());
    }

    public PeriodFigures period(ReportingPeriod period) {
        return new PeriodFigures(period, conversations.opened(period), conversations.handedOver(period),
                conversations.botAlone(period), conversations.byChannel(period), conversations.byQueue(period),
                conversations.byDay(period), times.firstResponse(period), times.handling(period), ratings.of(period),
                unanswered.mostFrequent(period, UNANSWERED_LIMIT));
    }
}
