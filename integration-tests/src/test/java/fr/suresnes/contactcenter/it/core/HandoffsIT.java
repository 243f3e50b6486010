package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.handoff.boundary.HandoffRefusedException;
import fr.suresnes.contactcenter.handoff.boundary.NotHeldException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** Agents taking conversations, with the roles checked by the EJB container against the contact-center domain. */
@ExtendWith(ArquillianExtension.class)
class HandoffsIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("handoffs", HandoffsIT.class);
    }

    @Inject
    Handoffs handoffs;

    @Inject
    Agents agents;

    @Inject
    Conversations conversations;

    @Inject
    InTransaction tx;

    @Test
    void whenTwoAgentsClaimAtOnceExactlyOneWins() throws Exception {
        SecurityIdentity agent1 = Identities.of("agent1");
        SecurityIdentity agent2 = Identities.of("agent2");
        Identities.as(agent1, () -> agents.enroll("agent1"));
        Identities.as(agent2, () -> agents.enroll("agent2"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long id = waitingConversation();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> first = pool.submit(() -> Identities.as(agent1, () -> {
                    start.await();
                    return handoffs.claim(id, "agent1");
                }));
                Future<Boolean> second = pool.submit(() -> Identities.as(agent2, () -> {
                    start.await();
                    return handoffs.claim(id, "agent2");
                }));
                boolean won1 = first.get();
                boolean won2 = second.get();

                assertTrue(won1 ^ won2, "round " + round + ": agent1 " + won1 + ", agent2 " + won2);
                Conversation claimed = tx.call(em -> em.find(Conversation.class, id));
                assertEquals(ConversationState.WITH_AGENT, claimed.getState());
                assertEquals(won1 ? "agent1" : "agent2", claimed.getAssignedAgent().getUsername());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConversationAlreadyTakenCannotBeClaimedAgain() throws Exception {
        Identities.as("agent1", () -> agents.enroll("agent1"));
        long id = waitingConversation();

        assertTrue(Identities.as("agent1", () -> handoffs.claim(id, "agent1")));
        assertFalse(Identities.as("agent1", () -> handoffs.claim(id, "agent1")));
    }

    @Test
    void theQueueCountsWhatWaits() throws Exception {
        long before = Identities.as("agent2", () -> handoffs.waitingByQueue().entrySet().stream()
                .filter(e -> e.getKey().getCode().equals("AUTRE")).findFirst().orElseThrow().getValue());
        waitingConversation();

        long after = Identities.as("agent2", () -> handoffs.waitingByQueue().entrySet().stream()
                .filter(e -> e.getKey().getCode().equals("AUTRE")).findFirst().orElseThrow().getValue());

        assertEquals(before + 1, after);
    }

    @Test
    void anAnonymousCallerCannotSeeTheQueues() {
        assertThrows(EJBAccessException.class, () -> handoffs.waiting());
    }

    @Test
    void anAgentCannotListTheOtherAgentsButASupervisorCan() throws Exception {
        Identities.as("agent1", () -> agents.enroll("agent1"));
        assertThrows(EJBAccessException.class, () -> Identities.as("agent1", () -> agents.all()));

        List<String> names = Identities.as("supervisor", () -> agents.all().stream().map(Agent::getUsername).toList());
        assertTrue(names.contains("agent1"), names.toString());
    }

    @Test
    void aPersonRequestedGoesToTheQueueOfTheConversationsTopicAndOnlyTheHolderReplies() throws Exception {
        OpenedConversation passport = conversations.open(Channel.WEB_CHAT);
        conversations.receiveFromCitizen(passport.accessToken(), "Je dois refaire mon passeport, il est périmé");
        OpenedConversation vague = conversations.open(Channel.WEB_CHAT);
        conversations.receiveFromCitizen(vague.accessToken(), "J'ai une question");

        assertEquals("ETAT_CIVIL_PAPIERS", conversations.requestAgent(passport.accessToken()).getQueue().getCode());
        assertEquals("AUTRE", conversations.requestAgent(vague.accessToken()).getQueue().getCode());

        long id = passport.conversation().getId();
        SecurityIdentity agent1 = Identities.of("agent1");
        SecurityIdentity agent2 = Identities.of("agent2");
        Identities.as(agent1, () -> agents.enroll("agent1"));
        assertThrows(NotHeldException.class, () -> Identities.as(agent1, () -> handoffs.reply(id, "agent1", "Bonjour")),
                "not claimed yet");
        assertTrue(Identities.as(agent1, () -> handoffs.claim(id, "agent1")));
        assertThrows(NotHeldException.class, () -> Identities.as(agent2, () -> handoffs.reply(id, "agent2", "Bonjour")));
        Identities.as(agent1, () -> handoffs.reply(id, "agent1", "Bonjour, je m'occupe de votre passeport."));
        List<Message> transcript = conversations.transcript(id);
        Message reply = transcript.get(transcript.size() - 1);
        assertEquals(MessageAuthor.AGENT, reply.getAuthor());
        assertEquals("agent1", reply.getAgent().getUsername());
    }

    @Test
    void anAgentTransfersHandsBackToTheBotAndClosesWithAWrapUpCode() throws Exception {
        SecurityIdentity agent1 = Identities.of("agent1");
        SecurityIdentity agent2 = Identities.of("agent2");
        Identities.as(agent1, () -> agents.enroll("agent1"));
        Identities.as(agent2, () -> agents.enroll("agent2"));
        long id = waitingConversation();

        assertTrue(Identities.as(agent1, () -> handoffs.claim(id, "agent1")));
        Identities.as(agent1, () -> run(() -> handoffs.transferToQueue(id, "agent1", "URBANISME")));
        Conversation transferred = read(id);
        assertEquals(ConversationState.WAITING_FOR_AGENT, transferred.getState());
        assertEquals("URBANISME", transferred.getQueue().getCode());
        assertNull(transferred.getAssignedAgent());

        assertTrue(Identities.as(agent2, () -> handoffs.claim(id, "agent2")));
        Identities.as(agent2, () -> run(() -> handoffs.transferToAgent(id, "agent2", "agent1")));
        assertEquals("agent1", read(id).getAssignedAgent().getUsername());
        assertThrows(NotHeldException.class, () -> Identities.as(agent2, () -> run(() -> handoffs.handBackToBot(id, "agent2"))));

        Identities.as(agent1, () -> run(() -> handoffs.handBackToBot(id, "agent1")));
        assertEquals(ConversationState.BOT, read(id).getState());

        OpenedConversation again = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(again.accessToken(), "AUTRE", false);
        long second = again.conversation().getId();
        assertTrue(Identities.as(agent1, () -> handoffs.claim(second, "agent1")));
        assertThrows(HandoffRefusedException.class, () -> Identities.as(agent1,
                () -> run(() -> handoffs.close(second, "agent1", "NO_SUCH_CODE", null))));
        Identities.as(agent1, () -> run(() -> handoffs.close(second, "agent1", "INFORMATION_DONNEE", "Horaires donnés.")));
        Conversation closed = read(second);
        assertEquals(ConversationState.CLOSED, closed.getState());
        assertEquals("INFORMATION_DONNEE", closed.getWrapUp().getCode());
        assertEquals("Horaires donnés.", closed.getWrapUpNote());
        assertNotNull(closed.getClaimedAt());
        assertNotNull(closed.getClosedAt());
        assertEquals(6, Identities.as(agent1, () -> handoffs.wrapUpCodes()).size());
    }

    private Conversation read(long id) throws Exception {
        return tx.call(em -> em.find(Conversation.class, id));
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    @Test
    void theWrongPasswordIsRefusedByTheDomain() {
        assertThrows(SecurityException.class, () -> SecurityDomain.getCurrent()
                .authenticate("agent1", new PasswordGuessEvidence("wrong".toCharArray())));
    }

    private long waitingConversation() {
        OpenedConversation opened = conversations.open(Channel.WEB_CHAT);
        conversations.receiveFromCitizen(opened.accessToken(), "Je voudrais parler à quelqu'un.");
        conversations.requestAgent(opened.accessToken(), "AUTRE", false);
        return opened.conversation().getId();
    }
}
