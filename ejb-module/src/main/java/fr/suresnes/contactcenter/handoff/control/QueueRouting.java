package fr.suresnes.contactcenter.handoff.control;

import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Which queue a conversation that needs a person enters: the topic queue whose keywords the conversation and the
 * documents the bot cited hold most (see {@link TopicMatch}), else « Autre ».
 */
@Dependent
public class QueueRouting {

    @PersistenceContext
    EntityManager em;

    public ContactQueue byTopic(Conversation conversation) {
        List<Message> messages = conversation.getMessages();
        List<String> said = messages.stream().filter(message -> message.getAuthor() == MessageAuthor.CITIZEN)
                .map(Message::getBody).toList();
        List<String> cited = messages.stream().flatMap(message -> message.getSources().stream())
                .map(source -> source.getTitle() + " " + (source.getSection() == null ? "" : source.getSection()))
                .toList();
        List<ContactQueue> queues = em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).getResultList();
        return TopicMatch.best(queues, said, cited).orElseGet(() -> byCode(ContactQueue.FALLBACK_CODE));
    }

    /** The queue of this code, or « Autre » when there is none. */
    public ContactQueue byCode(String code) {
        return withCode(code).orElseGet(() -> withCode(ContactQueue.FALLBACK_CODE).orElseThrow());
    }

    public Optional<ContactQueue> withCode(String code) {
        return em.createNamedQuery(ContactQueue.FIND_BY_CODE, ContactQueue.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
