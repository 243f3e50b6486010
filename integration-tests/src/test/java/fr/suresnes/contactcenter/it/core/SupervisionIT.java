package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.history.boundary.RecordedContact;
import fr.suresnes.contactcenter.conversation.entity.AnswerRating;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.conversation.entity.OfferedChoice;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.supervision.boundary.AgentLoad;
import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.LiveFigures;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.QueueLoad;
import fr.suresnes.contactcenter.supervision.boundary.RatingCounts;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.Supervision;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import fr.suresnes.contactcenter.supervision.boundary.UnansweredQuestion;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The supervisor's figures over conversations built through the real boundaries. The period figures' scene is then
 * moved to two days of its own in the past, chosen at random, with known times: no other conversation falls in them
 * and every figure can be computed by hand.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("supervision", SupervisionIT.class);
    }

    @Inject
    CitizenHistory history;

    @Inject
    Supervision supervision;

    @Inject
    Conversations conversations;

    @Inject
    Handoffs handoffs;

    @Inject
    Agents agents;

    @Inject
    InTransaction tx;

    @Test
    void thePeriodFiguresCountWhatHappenedInThePeriodOnly() throws Exception {
        Identities.as("agent1", () -> agents.enroll("agent1"));
        LocalDate first = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Scene day1 = new Scene(first);
        Scene day2 = new Scene(first.plusDays(1));

        // handed over, claimed after 2 min, first agent reply after 3 min, closed after 7 min of handling
        OpenedConversation pool = conversations.open(Channel.WEB_CHAT);
        day1.opened(pool, "09:00:00");
        day1.sent(conversations.receiveFromCitizen(pool.accessToken(), "Quand ouvre la piscine ?").getId(), "09:00:10");
        long poolUnsure = day1.sent(unsureAnswer(pool), "09:00:11");
        day1.sent(conversations.receiveFromCitizen(pool.accessToken(), "conseiller").getId(), "09:00:30");
        conversations.requestAgent(pool.accessToken(), "AUTRE", false);
        day1.set(pool, "HANDED_OVER_AT", "09:01:00");
        handledBy("agent1", pool, day1, "09:03:00", "09:04:00", "09:10:00");
        conversations.rate(pool.accessToken(), poolUnsure, AnswerRating.NOT_USEFUL);

        // the bot alone: the citizen wrote, was answered, found it useful
        OpenedConversation hours = conversations.open(Channel.WEB_CHAT);
        day1.opened(hours, "10:00:00");
        day1.sent(conversations.receiveFromCitizen(hours.accessToken(), "Bonjour").getId(), "10:00:05");
        long greeting = day1.sent(botReply(hours, "Bonjour, que puis-je pour vous ?"), "10:00:06");
        conversations.rate(hours.accessToken(), greeting, AnswerRating.USEFUL);

        // opened late in the evening, Paris time, and left without a word
        day1.opened(conversations.open(Channel.BROWSER_VOICE), "23:30:00");

        // the same unanswered question, another case, left with the bot
        OpenedConversation poolAgain = conversations.open(Channel.REST_API);
        day2.opened(poolAgain, "08:00:00");
        day2.sent(conversations.receiveFromCitizen(poolAgain.accessToken(), "quand ouvre la PISCINE ?").getId(), "08:00:10");
        long poolAgainUnsure = day2.sent(unsureAnswer(poolAgain), "08:00:11");
        conversations.rate(poolAgain.accessToken(), poolAgainUnsure, AnswerRating.NOT_USEFUL);

        // by telephone: handed over, first reply after 5 min, 13 min of handling
        OpenedConversation birth = conversations.open(Channel.TELEPHONE);
        day2.opened(birth, "09:00:00");
        day2.sent(conversations.receiveFromCitizen(birth.accessToken(), "Il me faut un acte de naissance").getId(), "09:00:10");
        day2.sent(unsureAnswer(birth), "09:00:11");
        conversations.requestAgent(birth.accessToken(), "ETAT_CIVIL_PAPIERS", false);
        day2.set(birth, "HANDED_OVER_AT", "09:01:00");
        handledBy("agent1", birth, day2, "09:02:00", "09:06:00", "09:15:00");

        // still waiting for a person
        OpenedConversation vote = conversations.open(Channel.WEB_CHAT);
        day2.opened(vote, "10:00:00");
        conversations.requestAgent(vote.accessToken(), "ELECTIONS", false);
        day2.set(vote, "HANDED_OVER_AT", "10:00:30");

        // a letter an agent recorded: counted by channel, not among the bots' outcomes
        Conversation letter = Identities.as("agent1", () -> history.record(new RecordedContact(null, null,
                Channel.POSTAL_MAIL, day2.at("11:00:00"), "Demande d'inscription sur les listes électorales", null,
                "INFORMATION_DONNEE", List.of())));
        day2.opened(new OpenedConversation(letter, null), "11:30:00");

        PeriodFigures figures = Identities.as("supervisor", () -> supervision.period(
                new ReportingPeriod(first, first.plusDays(1), ReportingPeriod.CITY_ZONE)));

        assertEquals(6, figures.opened());
        assertEquals(3, figures.handedOver());
        assertEquals(2, figures.botAlone());
        assertEquals(1, figures.withoutCitizenMessage());
        assertEquals(0.5, figures.handoffRate());
        assertEquals(Map.of("WEB_CHAT", 3L, "REST_API", 1L, "TELEPHONE", 1L, "BROWSER_VOICE", 1L, "POSTAL_MAIL", 1L),
                counts(figures.byChannel()));
        assertEquals("WEB_CHAT", figures.byChannel().get(0).key(), "the most used channel first");
        assertEquals(List.of(new Tally("ETAT_CIVIL_PAPIERS", "État civil et papiers", 1),
                new Tally("ELECTIONS", "Élections", 1), new Tally("AUTRE", "Autre", 1)), figures.byQueue());
        assertEquals(List.of(new DailyCount(first, 3, 1), new DailyCount(first.plusDays(1), 3, 2)), figures.byDay());
        assertEquals(new DurationSummary(2, Duration.ofMinutes(4), Duration.ofMinutes(3), Duration.ofMinutes(5)),
                figures.firstResponse());
        assertEquals(new DurationSummary(2, Duration.ofMinutes(10), Duration.ofMinutes(7), Duration.ofMinutes(13)),
                figures.handling());
        assertEquals(new RatingCounts(1, 2), figures.ratings());

        List<UnansweredQuestion> unanswered = figures.unanswered();
        assertEquals(2, unanswered.size(), unanswered.toString());
        assertTrue(unanswered.get(0).question().equalsIgnoreCase("quand ouvre la piscine ?"), unanswered.toString());
        assertEquals(2, unanswered.get(0).times());
        assertEquals(new UnansweredQuestion("Il me faut un acte de naissance", 1), unanswered.get(1));

        PeriodFigures dayBefore = Identities.as("supervisor", () -> supervision.period(
                new ReportingPeriod(first.minusDays(1), first.minusDays(1), ReportingPeriod.CITY_ZONE)));
        assertEquals(0, dayBefore.opened());
        assertNull(dayBefore.handoffRate());
        assertEquals(0, dayBefore.firstResponse().count());
        assertEquals(List.of(), dayBefore.unanswered());
    }

    @Test
    void theLiveFiguresShowWhatWaitsAndWhatEachAgentHolds() throws Exception {
        Identities.as("agent2", () -> agents.enroll("agent2"));
        LiveFigures before = Identities.as("supervisor", () -> supervision.live());

        OpenedConversation waiting = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(waiting.accessToken(), "URBANISME", true);
        OpenedConversation held = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(held.accessToken(), "URBANISME", false);
        assertTrue(Identities.as("agent2", () -> handoffs.claim(held.conversation().getId(), "agent2")));
        Instant waitingSince = tx.call(em -> em.find(Conversation.class, waiting.conversation().getId()).getWaitingSince());

        LiveFigures after = Identities.as("admin", () -> supervision.live());

        QueueLoad urbanisme = queue(after, "URBANISME");
        assertEquals(queue(before, "URBANISME").waiting() + 1, urbanisme.waiting());
        assertEquals(queue(before, "URBANISME").urgent() + 1, urbanisme.urgent());
        assertEquals(before.waiting() + 1, after.waiting());
        assertTrue(urbanisme.longestWait().compareTo(Duration.between(waitingSince, after.at())) >= 0, urbanisme.toString());
        assertTrue(urbanisme.meanWait().compareTo(urbanisme.longestWait()) <= 0, urbanisme.toString());
        assertEquals(agent(before, "agent2").held() + 1, agent(after, "agent2").held());
        assertEquals(before.queues().stream().map(QueueLoad::code).toList(),
                after.queues().stream().map(QueueLoad::code).toList(), "every queue, always in the same order");
    }

    @Test
    void agentsAndAnonymousCallersCannotSeeTheFigures() {
        ReportingPeriod week = ReportingPeriod.lastDays(7, LocalDate.now(), ReportingPeriod.CITY_ZONE);

        assertThrows(EJBAccessException.class, () -> Identities.as("agent1", () -> supervision.live()));
        assertThrows(EJBAccessException.class, () -> Identities.as("agent1", () -> supervision.period(week)));
        assertThrows(EJBAccessException.class, () -> supervision.live());
    }

    private void handledBy(String agent, OpenedConversation conversation, Scene day, String claimed, String replied,
                           String closed) throws Exception {
        long id = conversation.conversation().getId();
        assertTrue(Identities.as(agent, () -> handoffs.claim(id, agent)));
        day.sent(Identities.as(agent, () -> handoffs.reply(id, agent, "Je regarde votre demande.")).getId(), replied);
        Identities.as(agent, () -> {
            handoffs.close(id, agent, "INFORMATION_DONNEE", null);
            return null;
        });
        day.set(conversation, "CLAIMED_AT", claimed);
        day.set(conversation, "CLOSED_AT", closed);
    }

    /** what every composer says below its confidence threshold */
    private long unsureAnswer(OpenedConversation conversation) {
        return tx.call(em -> {
            var message = em.find(Conversation.class, conversation.conversation().getId()).append(MessageAuthor.BOT,
                    null, "Je ne suis pas sûr de pouvoir répondre à votre question.", 0.2, List.of(),
                    List.of(new OfferedChoice("Parler à un conseiller", Assistant.ADVISOR_PAYLOAD)));
            em.flush();
            return message.getId();
        });
    }

    private long botReply(OpenedConversation conversation, String text) {
        return tx.call(em -> {
            var message = em.find(Conversation.class, conversation.conversation().getId()).append(MessageAuthor.BOT, text);
            em.flush();
            return message.getId();
        });
    }

    private static Map<String, Long> counts(List<Tally> tallies) {
        return tallies.stream().collect(Collectors.toMap(Tally::key, Tally::count));
    }

    private static QueueLoad queue(LiveFigures figures, String code) {
        return figures.queues().stream().filter(queue -> queue.code().equals(code)).findFirst().orElseThrow();
    }

    private static AgentLoad agent(LiveFigures figures, String username) {
        return figures.agents().stream().filter(agent -> agent.username().equals(username)).findFirst().orElseThrow();
    }

    /** One day of the scene: moves what the boundaries stamped with the present to known times of that day. */
    private final class Scene {

        private final LocalDate day;

        Scene(LocalDate day) {
            this.day = day;
        }

        Instant at(String time) {
            return day.atTime(LocalTime.parse(time)).atZone(ReportingPeriod.CITY_ZONE).toInstant();
        }

        void opened(OpenedConversation conversation, String time) {
            set(conversation, "OPENED_AT", time);
            long id = conversation.conversation().getId();
            tx.call(em -> em.createNativeQuery("UPDATE MESSAGE SET SENT_AT = ? WHERE CONVERSATION_ID = ?")
                    .setParameter(1, at(time).atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate());
        }

        void set(OpenedConversation conversation, String column, String time) {
            long id = conversation.conversation().getId();
            tx.call(em -> em.createNativeQuery("UPDATE CONVERSATION SET " + column + " = ? WHERE ID = ?")
                    .setParameter(1, at(time).atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate());
        }

        long sent(long messageId, String time) {
            tx.call(em -> em.createNativeQuery("UPDATE MESSAGE SET SENT_AT = ? WHERE ID = ?")
                    .setParameter(1, at(time).atOffset(ZoneOffset.UTC)).setParameter(2, messageId).executeUpdate());
            return messageId;
        }
    }
}
