package fr.suresnes.contactcenter.conversation.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;
import fr.suresnes.contactcenter.conversation.answer.Citation;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.control.PassageCandidates;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.conversation.entity.OfferedChoice;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;
import fr.suresnes.contactcenter.handoff.control.QueueRouting;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.hours.AfterHoursRequests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bot, on every channel: a citizen's message goes through the dialog policy (emergency, a person, small talk,
 * or a knowledge question answered from the passages the search finds), the reply is persisted with the sources it
 * cites, and every turn is audited with its decision, composer, confidence and the document versions used.
 * While a person handles the conversation, or it waits for one, the bot stays silent.
 */
@Stateless
@PermitAll
public class Assistant {

    public static final int CANDIDATE_PASSAGES = 8;
    /** the payload of the « Parler à un conseiller » button the composer offers when unsure */
    public static final String ADVISOR_PAYLOAD = "conseiller";
    /** distress and emergencies go to the social services' queue, urgent */
    static final String DISTRESS_QUEUE = "SOCIAL_SOLIDARITE";

    private static final DialogPolicy POLICY = new DialogPolicy();

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    PassageCandidates candidates;

    @Inject
    AnswerComposer composer;

    @Inject
    AuditTrail audit;

    @Inject
    QueueRouting routing;

    @Inject
    AfterHoursRequests afterHours;

    /** A message on the conversation this access token opens. */
    public BotTurn hear(String accessToken, String text) {
        return hear(conversations.findByAccessToken(accessToken).orElseThrow(UnknownConversationException::new), text);
    }

    /** A message from a client that names its conversation (the Rasa REST channel's sender). */
    public BotTurn hearFromSender(Channel channel, String sender, String text) {
        return hear(conversations.openOrResume(channel, sender).conversation(), text);
    }

    private BotTurn hear(Conversation detached, String text) {
        Conversation conversation = em.find(Conversation.class, detached.getId());
        List<String> earlier = citizenTurns(conversation);
        conversation.append(MessageAuthor.CITIZEN, text);
        if (conversation.getState() != ConversationState.BOT) {
            List<BotTurn.Reply> acknowledged = afterHours.citizenWrote(conversation, text).stream()
                    .map(message -> BotTurn.Reply.of(message.getBody())).toList();
            em.flush();
            return new BotTurn(conversation.getId(), acknowledged, handoffOf(conversation));
        }
        Decision decision = POLICY.decide(text, earlier);
        BotTurn turn;
        if (decision instanceof Decision.Emergency emergency) {
            turn = handOver(conversation, emergency.reply(), routing.byCode(DISTRESS_QUEUE), true,
                    "emergency " + emergency.kind());
        } else if (decision instanceof Decision.HumanRequested human) {
            turn = handOver(conversation, human.reply(), routing.byTopic(conversation), false,
                    "person requested: " + human.reason());
        } else if (decision instanceof Decision.SmallTalk smallTalk) {
            turn = reply(conversation, smallTalk.reply(), "small talk " + smallTalk.kind());
        } else {
            turn = answer(conversation, ((Decision.KnowledgeQuestion) decision).searchText(), text, earlier);
        }
        em.flush();
        return turn;
    }

    private BotTurn answer(Conversation conversation, String searchText, String latestMessage, List<String> earlier) {
        List<CandidatePassage> passages = candidates.forQuestion(searchText, CANDIDATE_PASSAGES);
        ComposedAnswer answer = composer.compose(new AnswerRequest(searchText, latestMessage, earlier, passages));
        Map<Long, Long> documentOfVersion = passages.stream()
                .collect(Collectors.toMap(CandidatePassage::versionId, CandidatePassage::documentId, (a, b) -> a));
        List<CitedSource> sources = answer.citations().stream()
                .map(citation -> cited(citation, documentOfVersion)).toList();
        List<OfferedChoice> choices = answer.choices().stream()
                .map(choice -> new OfferedChoice(choice.title(), choice.payload())).toList();
        Message message = conversation.append(MessageAuthor.BOT, null, answer.text(), answer.confidence(), sources,
                choices);
        boolean offered = answer.choices().stream().anyMatch(choice -> choice.payload().equals(ADVISOR_PAYLOAD));
        audit.record("bot", "BOT_ANSWERED", "Conversation", conversation.getId(), "composer " + answer.composer()
                + ", confidence " + String.format(java.util.Locale.ROOT, "%.2f", answer.confidence())
                + (offered ? ", person offered" : "")
                + ", sources " + answer.citations().stream().map(c -> c.sourceId() + "@v" + c.versionId())
                .collect(Collectors.joining(" ")) + ", question « " + searchText + " »");
        return new BotTurn(conversation.getId(), List.of(new BotTurn.Reply(message.getBody(), answer.choices(), sources)),
                offered ? BotTurn.Handoff.OFFERED : BotTurn.Handoff.NONE);
    }

    private BotTurn reply(Conversation conversation, String text, String decision) {
        conversation.append(MessageAuthor.BOT, text);
        audit.record("bot", "BOT_REPLIED", "Conversation", conversation.getId(), decision);
        return new BotTurn(conversation.getId(), List.of(BotTurn.Reply.of(text)), BotTurn.Handoff.NONE);
    }

    private BotTurn handOver(Conversation conversation, String text, ContactQueue queue, boolean urgent, String decision) {
        conversation.append(MessageAuthor.BOT, text);
        audit.record("bot", "BOT_HANDED_OVER", "Conversation", conversation.getId(), decision + ", queue " + queue.getCode());
        conversation.waitForAgent(queue, urgent);
        List<BotTurn.Reply> replies = new ArrayList<>(List.of(BotTurn.Reply.of(text)));
        afterHours.queued(conversation).ifPresent(notice -> replies.add(BotTurn.Reply.of(notice.getBody())));
        return new BotTurn(conversation.getId(), replies, BotTurn.Handoff.QUEUED);
    }

    private static CitedSource cited(Citation citation, Map<Long, Long> documentOfVersion) {
        return new CitedSource(citation.passageId(), citation.versionId(),
                documentOfVersion.getOrDefault(citation.versionId(), 0L), citation.sourceId(), citation.title(),
                citation.section(), citation.url());
    }

    private static List<String> citizenTurns(Conversation conversation) {
        return conversation.getMessages().stream().filter(m -> m.getAuthor() == MessageAuthor.CITIZEN)
                .map(Message::getBody).toList();
    }

    private static BotTurn.Handoff handoffOf(Conversation conversation) {
        return conversation.getState() == ConversationState.WITH_AGENT ? BotTurn.Handoff.WITH_AGENT : BotTurn.Handoff.QUEUED;
    }
}
