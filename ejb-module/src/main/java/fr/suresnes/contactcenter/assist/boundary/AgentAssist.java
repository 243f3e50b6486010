package fr.suresnes.contactcenter.assist.boundary;

import fr.suresnes.contactcenter.assist.control.EntityFinder;
import fr.suresnes.contactcenter.assist.control.ReplyDraft;
import fr.suresnes.contactcenter.assist.control.ReplyDrafts;
import fr.suresnes.contactcenter.assist.control.RequestSummary;
import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.control.PassageCandidates;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.control.QueueRouting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The AI at the agent's side: it reads the conversation and drafts from the knowledge base; the agent decides what is
 * sent. Nothing here writes to the conversation.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class AgentAssist {

    /** as many passages as the bot considers for an answer */
    static final int CANDIDATE_PASSAGES = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    PassageCandidates candidates;

    @Inject
    AnswerComposer composer;

    @Inject
    QueueRouting routing;

    /** @return empty when there is no such conversation */
    public Optional<AssistPanel> panel(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            return Optional.empty();
        }
        List<Message> transcript = conversation.getMessages();
        List<String> citizenTurns = transcript.stream().filter(message -> message.getAuthor() == MessageAuthor.CITIZEN)
                .map(Message::getBody).toList();
        RequestSummary summary = RequestSummary.of(transcript);
        List<ReplyDraft> drafts = summary.search()
                .map(question -> new ReplyDrafts(composer).draft(question, citizenTurns,
                        candidates.forQuestion(question, CANDIDATE_PASSAGES)))
                .orElse(List.of());
        return Optional.of(new AssistPanel(summary, routing.byTopic(conversation), EntityFinder.in(citizenTurns), drafts));
    }
}
