package fr.suresnes.contactcenter.handoff.boundary;

import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.control.QueueRouting;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.handoff.entity.WrapUpCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The human side of the contact center: the queues, what waits in them, and agents taking conversations. */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class Handoffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    QueueRouting routing;

    public List<ContactQueue> queues() {
        return em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).getResultList();
    }

    /** Waiting conversations per queue code, every queue listed, in display order. */
    public Map<ContactQueue, Long> waitingByQueue() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery(Conversation.COUNT_WAITING_BY_QUEUE, Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<ContactQueue, Long> byQueue = new LinkedHashMap<>();
        queues().forEach(queue -> byQueue.put(queue, counts.getOrDefault(queue.getCode(), 0L)));
        return byQueue;
    }

    /** Urgent first, then longest waiting. */
    public List<Conversation> waiting() {
        return em.createNamedQuery(Conversation.FIND_WAITING, Conversation.class).getResultList();
    }

    /** The conversations this agent holds now, the longest held first. */
    public List<Conversation> heldBy(String username) {
        return em.createNamedQuery(Conversation.FIND_HELD_BY_AGENT, Conversation.class)
                .setParameter("username", username).getResultList();
    }

    /** Any conversation, as an agent opens it from a queue or their own list; empty when there is no such conversation. */
    public Optional<Conversation> conversation(long conversationId) {
        return Optional.ofNullable(em.find(Conversation.class, conversationId));
    }

    /**
     * Gives the conversation to the agent if it is still waiting. One conditional UPDATE decides: when two agents
     * claim at once, the database lets exactly one of them match.
     */
    public boolean claim(long conversationId, String username) {
        Agent agent = em.createNamedQuery(Agent.FIND_BY_USERNAME, Agent.class).setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown agent " + username));
        int claimed = em.createNamedQuery(Conversation.CLAIM)
                .setParameter("agent", agent)
                .setParameter("now", Instant.now())
                .setParameter("id", conversationId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Conversation conversation = em.find(Conversation.class, conversationId);
        em.refresh(conversation);
        conversation.claimedBy(agent);
        audit.record(username, "CONVERSATION_CLAIMED", "Conversation", conversationId, null);
        return true;
    }

    /**
     * The agent's reply to the citizen, on a conversation this agent holds.
     *
     * @throws NotHeldException when the conversation is not with this agent (still waiting, someone else's, closed)
     */
    public Message reply(long conversationId, String username, String text) {
        Conversation conversation = held(conversationId, username);
        Message message = conversation.append(MessageAuthor.AGENT, conversation.getAssignedAgent(), text, null,
                List.of(), List.of());
        em.flush();
        audit.record(username, "AGENT_REPLIED", "Conversation", conversationId, null);
        return message;
    }

    /** The agent lets the conversation go to another queue, where the next agent takes it. */
    public void transferToQueue(long conversationId, String username, String queueCode) {
        Conversation conversation = held(conversationId, username);
        ContactQueue queue = routing.withCode(queueCode).orElseThrow(() -> new HandoffRefusedException("Aucune file « " + queueCode + " »."));
        conversation.transferTo(queue);
        conversation.append(MessageAuthor.SYSTEM, "Votre demande est transmise au service « " + queue.getLabel()
                + " » : un conseiller va vous répondre.");
        audit.record(username, "CONVERSATION_TRANSFERRED", "Conversation", conversationId, "queue " + queue.getCode());
    }

    /** The agent hands the conversation to a colleague, who holds it at once. */
    public void transferToAgent(long conversationId, String username, String colleague) {
        Conversation conversation = held(conversationId, username);
        Agent agent = em.createNamedQuery(Agent.FIND_BY_USERNAME, Agent.class).setParameter("username", colleague)
                .getResultStream().findFirst()
                .orElseThrow(() -> new HandoffRefusedException("Aucun conseiller « " + colleague + " »."));
        conversation.assignTo(agent);
        conversation.append(MessageAuthor.SYSTEM, agent.getDisplayName() + " reprend votre conversation.");
        audit.record(username, "CONVERSATION_TRANSFERRED", "Conversation", conversationId, "agent " + colleague);
    }

    /** The bot answers again; the citizen can ask for a person at any time. */
    public void handBackToBot(long conversationId, String username) {
        Conversation conversation = held(conversationId, username);
        conversation.returnToBot();
        conversation.append(MessageAuthor.SYSTEM, "Le conseiller vous redonne la main avec l'assistant automatique."
                + " Écrivez « conseiller » pour parler de nouveau à une personne.");
        audit.record(username, "CONVERSATION_HANDED_BACK", "Conversation", conversationId, null);
    }

    /** The agent closes the conversation with a wrap-up code and an optional note (at most 2,000 characters). */
    public void close(long conversationId, String username, String wrapUpCode, String note) {
        Conversation conversation = held(conversationId, username);
        WrapUpCode wrapUp = em.find(WrapUpCode.class, wrapUpCode == null ? "" : wrapUpCode);
        if (wrapUp == null) {
            throw new HandoffRefusedException("Code de clôture inconnu : « " + wrapUpCode + " ».");
        }
        if (note != null && note.length() > Conversation.MAX_WRAP_UP_NOTE) {
            throw new HandoffRefusedException("La note de clôture dépasse " + Conversation.MAX_WRAP_UP_NOTE + " caractères.");
        }
        conversation.append(MessageAuthor.SYSTEM, "La conversation est close. Merci de votre contact.");
        conversation.close(wrapUp, note);
        audit.record(username, "CONVERSATION_CLOSED", "Conversation", conversationId, "wrap-up " + wrapUp.getCode());
    }

    public List<WrapUpCode> wrapUpCodes() {
        return em.createNamedQuery(WrapUpCode.FIND_ALL, WrapUpCode.class).getResultList();
    }

    private Conversation held(long conversationId, String username) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        Agent agent = conversation == null ? null : conversation.getAssignedAgent();
        if (agent == null || conversation.getState() != ConversationState.WITH_AGENT
                || !agent.getUsername().equals(username)) {
            throw new NotHeldException(conversationId);
        }
        return conversation;
    }
}
