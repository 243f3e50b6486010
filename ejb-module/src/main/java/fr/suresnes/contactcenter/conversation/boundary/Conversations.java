package fr.suresnes.contactcenter.conversation.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.control.AccessTokens;
import fr.suresnes.contactcenter.conversation.entity.AnswerRating;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.control.QueueRouting;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.hours.AfterHoursRequests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The citizen's side of a conversation, on any channel: open it, write in it, ask for a person, read it back.
 * Every call after the first needs the conversation's access token: a citizen only ever reaches their own.
 */
@Stateless
@PermitAll
public class Conversations {

    /** the first message of every conversation: an automated assistant, and how to reach a person */
    public static final String GREETING = "Bonjour, je suis l'assistant automatique du centre de contacts de la Ville"
            + " de Suresnes. Je réponds à partir des documents officiels et j'indique mes sources. À tout moment,"
            + " écrivez « conseiller » pour parler à une personne.";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    QueueRouting routing;

    @Inject
    AfterHoursRequests afterHours;

    public OpenedConversation open(Channel channel) {
        Citizen citizen = Citizen.anonymous();
        em.persist(citizen);
        return open(channel, citizen);
    }

    public OpenedConversation open(Channel channel, Citizen citizen) {
        return open(channel, citizen, null, GREETING);
    }

    /**
     * The conversation of a client that names its conversations itself (the Rasa REST channel's sender): the same
     * sender always reaches the same conversation, opened at its first message.
     */
    public OpenedConversation openOrResume(Channel channel, String sender) {
        return openOrResume(channel, sender, GREETING);
    }

    /** The same, opened with the greeting this channel says (a telephone call's spoken one). */
    public OpenedConversation openOrResume(Channel channel, String sender, String greeting) {
        return findBySender(channel, sender)
                .map(existing -> new OpenedConversation(existing, null))
                .orElseGet(() -> {
                    Citizen citizen = Citizen.anonymous();
                    em.persist(citizen);
                    return open(channel, citizen, senderHash(channel, sender), greeting);
                });
    }

    /** The conversation a client named with this sender on this channel, if it opened one. */
    public Optional<Conversation> findBySender(Channel channel, String sender) {
        return em.createNamedQuery(Conversation.FIND_BY_SENDER_HASH, Conversation.class)
                .setParameter("hash", senderHash(channel, sender)).getResultStream().findFirst();
    }

    private static String senderHash(Channel channel, String sender) {
        return AccessTokens.hash(channel + ":" + sender);
    }

    private OpenedConversation open(Channel channel, Citizen citizen, String senderHash, String greeting) {
        String token = AccessTokens.newToken();
        Conversation conversation = new Conversation(citizen, channel, AccessTokens.hash(token), senderHash);
        conversation.append(MessageAuthor.BOT, greeting);
        em.persist(conversation);
        em.flush();
        audit.record("citizen", "CONVERSATION_OPENED", "Conversation", conversation.getId(), "channel " + channel);
        return new OpenedConversation(conversation, token);
    }

    public Optional<Conversation> findByAccessToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Conversation.FIND_BY_ACCESS_TOKEN_HASH, Conversation.class)
                .setParameter("hash", AccessTokens.hash(token))
                .getResultStream().findFirst();
    }

    public Message receiveFromCitizen(String token, String text) {
        Conversation conversation = require(token);
        Message message = conversation.append(MessageAuthor.CITIZEN, text);
        em.flush();
        return message;
    }

    /** Puts the conversation in the queue of its topic for a person. */
    public Conversation requestAgent(String token) {
        Conversation conversation = require(token);
        return waitForAgent(conversation, routing.byTopic(conversation), false);
    }

    /** Puts the conversation in this queue for a person; « Autre » when the code is unknown. */
    public Conversation requestAgent(String token, String queueCode, boolean urgent) {
        return waitForAgent(require(token), routing.byCode(queueCode), urgent);
    }

    /**
     * Puts the conversation of this sender (a telephone call) in this queue for a person, or in the queue of its topic
     * when the code is null.
     */
    public Conversation requestAgentForSender(Channel channel, String sender, String queueCode) {
        Conversation conversation = findBySender(channel, sender).orElseThrow(UnknownConversationException::new);
        return waitForAgent(conversation, queueCode == null ? routing.byTopic(conversation) : routing.byCode(queueCode),
                false);
    }

    private Conversation waitForAgent(Conversation conversation, ContactQueue queue, boolean urgent) {
        conversation.waitForAgent(queue, urgent);
        conversation.append(MessageAuthor.SYSTEM, "Votre demande est transmise à un conseiller (" + queue.getLabel() + ").");
        audit.record("citizen", "HANDOFF_REQUESTED", "Conversation", conversation.getId(),
                "queue " + queue.getCode() + (urgent ? ", urgent" : ""));
        afterHours.queued(conversation);
        return conversation;
    }

    /**
     * The citizen rates one of the bot's answers in their conversation; rating it again replaces the first rating.
     *
     * @throws UnknownConversationException when the token opens no conversation or the message is not one of its
     *                                      bot answers
     */
    public void rate(String token, long messageId, AnswerRating rating) {
        Conversation conversation = require(token);
        Message message = em.find(Message.class, messageId);
        if (message == null || !message.getConversation().getId().equals(conversation.getId())
                || message.getAuthor() != MessageAuthor.BOT) {
            throw new UnknownConversationException("Aucune réponse de l'assistant n° " + messageId
                    + " dans cette conversation.");
        }
        message.rate(rating);
        audit.record("citizen", "ANSWER_RATED", "Message", messageId, rating.name());
    }

    public List<Message> transcript(long conversationId) {
        return em.createNamedQuery(Message.FIND_BY_CONVERSATION, Message.class)
                .setParameter("conversationId", conversationId).getResultList();
    }

    private Conversation require(String token) {
        return findByAccessToken(token).orElseThrow(() -> new UnknownConversationException());
    }
}
