package fr.suresnes.contactcenter.voice.call.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.control.CitizenLinking;
import fr.suresnes.contactcenter.citizen.control.PhoneNumbers;
import fr.suresnes.contactcenter.conversation.answer.Choice;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;
import fr.suresnes.contactcenter.conversation.policy.SmallTalkKind;
import fr.suresnes.contactcenter.hours.OpeningHours;
import fr.suresnes.contactcenter.voice.call.control.CallMenu;
import fr.suresnes.contactcenter.voice.call.control.TransferNumbers;
import fr.suresnes.contactcenter.voice.speech.ConfiguredTranscription;
import fr.suresnes.contactcenter.voice.speech.RecordedUtterance;
import fr.suresnes.contactcenter.voice.speech.TranscriptionException;
import fr.suresnes.contactcenter.voice.spoken.SpokenAnswers;
import fr.suresnes.contactcenter.voice.spoken.SpokenFigures;
import fr.suresnes.contactcenter.voice.spoken.SpokenOption;
import fr.suresnes.contactcenter.voice.spoken.SpokenReply;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Telephone calls through a voice gateway: each call is a conversation on {@link Channel#TELEPHONE} named by the
 * gateway's call id, of the citizen behind the caller's number. What the caller says goes to the {@link Assistant}
 * and its replies are said back written for the ear; keys pick the bot's choices, a topic of the menu, or a person
 * (0); a call put through to a person waits in its queue with its transcript while the gateway transfers the line,
 * or, while the center is closed, waits for the next opening with the caller's number to call back.
 * Every method answers what to say next, never an exception: a call that is not known ends politely.
 */
@Stateless
@PermitAll
public class Calls {

    /** longer recognised speech is not a question but noise, or a recording gone wrong */
    public static final int MAX_HEARD_CHARS = 500;
    private static final DialogPolicy POLICY = new DialogPolicy();

    @Inject
    Conversations conversations;

    @Inject
    Assistant assistant;

    @Inject
    CitizenLinking linking;

    @Inject
    TransferNumbers transferNumbers;

    @Inject
    AuditTrail audit;

    @Inject
    OpeningHours openingHours;

    @Inject
    ConfiguredTranscription transcription;

    /** The call begins (a gateway repeating the start of the same call reaches the same conversation): the greeting. */
    public CallTurn start(String callId, String callerNumber) {
        if (conversations.findBySender(Channel.TELEPHONE, callId).isEmpty()) {
            Conversation conversation = conversations.openOrResume(Channel.TELEPHONE, callId,
                    String.join(" ", CallScript.GREETING)).conversation();
            Optional<String> phone = PhoneNumbers.normalize(callerNumber);
            phone.ifPresent(number -> linking.byPhone(conversation, number));
            audit.record("citizen", "CALL_STARTED", "Conversation", conversation.getId(),
                    phone.isPresent() ? "caller number known" : "number withheld");
        }
        return new CallTurn(CallScript.GREETING, CallTurn.Next.QUESTION, null, null);
    }

    /** What the gateway recognised the caller saying. */
    public CallTurn hear(String callId, String heard, String topic) {
        if (conversations.findBySender(Channel.TELEPHONE, callId).isEmpty()) {
            return CallScript.unknownCall();
        }
        if (heard.length() > MAX_HEARD_CHARS) {
            return new CallTurn(List.of(CallScript.TOO_LONG), CallTurn.Next.QUESTION, topic, null);
        }
        return said(callId, assistant.hearFromSender(Channel.TELEPHONE, callId, heard), topic, isGoodbye(heard));
    }

    /** Whether the gateway should send what its own recogniser could not understand, recorded, to {@link #hearRecording}. */
    public boolean transcribesRecordings() {
        return transcription.onServer();
    }

    /**
     * What the caller said, recorded by the gateway because its recogniser did not understand it, transcribed by the
     * configured service; when that fails too, the caller gets the menu.
     */
    public CallTurn hearRecording(String callId, RecordedUtterance recording, String topic) {
        Optional<Conversation> call = conversations.findBySender(Channel.TELEPHONE, callId);
        if (call.isEmpty()) {
            return CallScript.unknownCall();
        }
        String heard;
        try {
            heard = transcription.transcribe(recording).strip();
        } catch (TranscriptionException | FaultToleranceException failed) {
            audit.record("citizen", "CALL_NOT_TRANSCRIBED", "Conversation", call.get().getId(), failed.getMessage());
            heard = "";
        }
        return heard.isEmpty() ? missed(callId, 2, false, topic) : hear(callId, heard, topic);
    }

    /** A key the caller pressed: a choice the bot offered, else a topic of the menu; 0 is always a person. */
    public CallTurn press(String callId, char key, String topic) {
        Optional<Conversation> call = conversations.findBySender(Channel.TELEPHONE, callId);
        if (call.isEmpty()) {
            return CallScript.unknownCall();
        }
        if (key == SpokenOption.ADVISOR_KEY) {
            return transfer(callId, topic);
        }
        Optional<SpokenOption> option = SpokenOption.pressed(lastChoices(call.get()), key);
        if (option.isPresent()) {
            return said(callId, assistant.hearFromSender(Channel.TELEPHONE, callId, option.get().payload()), topic, false);
        }
        return CallMenu.ofKey(key)
                .map(chosen -> said(callId, assistant.hearFromSender(Channel.TELEPHONE, callId, chosen.question()),
                        chosen.queueCode(), false))
                .orElseGet(() -> {
                    List<String> said = new ArrayList<>(List.of(CallScript.UNKNOWN_KEY));
                    said.addAll(CallScript.menu());
                    return new CallTurn(said, CallTurn.Next.MENU, topic, null);
                });
    }

    /** The {@code count}-th turn in a row with nothing heard ({@code heardNothing}) or nothing recognised. */
    public CallTurn missed(String callId, int count, boolean heardNothing, String topic) {
        if (conversations.findBySender(Channel.TELEPHONE, callId).isEmpty()) {
            return CallScript.unknownCall();
        }
        CallTurn next = CallScript.afterMiss(count, heardNothing, topic);
        return next.next() == CallTurn.Next.TRANSFER ? transfer(callId, topic) : next;
    }

    /** The caller is put through to a person: the queue of the topic chosen, else the one of the conversation's. */
    public CallTurn transfer(String callId, String topic) {
        Optional<Conversation> call = conversations.findBySender(Channel.TELEPHONE, callId);
        if (call.isEmpty()) {
            return CallScript.unknownCall();
        }
        Conversation conversation = call.get().getState() == ConversationState.BOT
                ? conversations.requestAgentForSender(Channel.TELEPHONE, callId, topic) : call.get();
        return isWaitingAfterHours(conversation) ? afterHours(conversation, List.of(), topic)
                : transferred(conversation, List.of(CallScript.TRANSFER), topic);
    }

    /**
     * Closed: the request waits in its queue for the next opening with the caller's number to call back, and the
     * call ends after {@code said} and the opening hours.
     */
    private CallTurn afterHours(Conversation conversation, List<String> said, String topic) {
        Optional<String> callback = Optional.ofNullable(conversation.getCitizen().getPhone());
        callback.ifPresent(conversation::leaveCallbackPhone);
        audit.record("citizen", "CALL_KEPT_AFTER_HOURS", "Conversation", conversation.getId(),
                "queue " + conversation.getQueue().getCode() + (callback.isPresent() ? ", callback number kept" : ""));
        List<String> notice = CallScript.closed(openingHours.schedule(), openingHours.nextOpening(),
                callback.map(PhoneNumbers::display));
        conversation.append(MessageAuthor.BOT, String.join(" ", notice));
        List<String> closed = new ArrayList<>(said);
        notice.stream().map(SpokenFigures::spoken).forEach(closed::add);
        return new CallTurn(closed, CallTurn.Next.HANG_UP, topic, null);
    }

    private static boolean isWaitingAfterHours(Conversation conversation) {
        return conversation.isAfterHours() && conversation.getState() == ConversationState.WAITING_FOR_AGENT;
    }

    private CallTurn said(String callId, BotTurn turn, String topic, boolean goodbye) {
        List<SpokenReply> replies = turn.replies().stream().map(SpokenAnswers::of).toList();
        List<String> said = new ArrayList<>(replies.stream().flatMap(reply -> reply.sentences().stream()).toList());
        if (turn.handoff() == BotTurn.Handoff.QUEUED || turn.handoff() == BotTurn.Handoff.WITH_AGENT) {
            Conversation conversation = conversations.findBySender(Channel.TELEPHONE, callId).orElseThrow();
            if (isWaitingAfterHours(conversation)) {
                // the first reply is the dialog policy's own: the emergency numbers must be said, closed or not
                boolean emergency = conversation.isUrgent() && !replies.isEmpty();
                return afterHours(conversation, emergency ? replies.get(0).sentences() : List.of(), topic);
            }
            return transferred(conversation, said.isEmpty() ? List.of(CallScript.TRANSFER) : said, topic);
        }
        if (goodbye) {
            said.add(CallScript.GOODBYE);
            return new CallTurn(said, CallTurn.Next.HANG_UP, topic, null);
        }
        boolean asks = !replies.isEmpty() && !replies.get(replies.size() - 1).options().isEmpty();
        if (!asks) {
            said.add(CallScript.ANOTHER_QUESTION);
        }
        return new CallTurn(said, CallTurn.Next.QUESTION, topic, null);
    }

    private CallTurn transferred(Conversation conversation, List<String> said, String topic) {
        String number = transferNumbers.forQueue(conversation.getQueue().getCode());
        audit.record("citizen", "CALL_TRANSFERRED", "Conversation", conversation.getId(),
                "queue " + conversation.getQueue().getCode() + ", to " + number);
        return new CallTurn(said, CallTurn.Next.TRANSFER, topic, number);
    }

    private List<Choice> lastChoices(Conversation call) {
        List<Message> transcript = conversations.transcript(call.getId());
        for (int i = transcript.size() - 1; i >= 0; i--) {
            Message message = transcript.get(i);
            if (message.getAuthor() == MessageAuthor.BOT) {
                return message.getChoices().stream().map(offered -> new Choice(offered.getTitle(), offered.getPayload()))
                        .toList();
            }
        }
        return List.of();
    }

    private static boolean isGoodbye(String heard) {
        return POLICY.decide(heard, List.of()) instanceof Decision.SmallTalk talk && talk.kind() == SmallTalkKind.GOODBYE;
    }
}
