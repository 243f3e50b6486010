package fr.suresnes.contactcenter.hours;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.control.PhoneNumbers;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Requests for a person made while the center is closed: the citizen is told when it opens again, their message
 * waits in the queue, and a phone number they write is kept as the number to call back. It does not join them to
 * the history of the citizen that number belongs to: anyone can type a number, and only an agent who called back
 * identifies the citizen.
 */
@Dependent
public class AfterHoursRequests {

    @Inject
    OpeningHours hours;

    /**
     * The conversation has just entered a queue: while the center is closed it is marked so, and the notice given
     * (but for a telephone call, whose script has its own).
     */
    public Optional<Message> queued(Conversation conversation) {
        if (hours.openNow()) {
            return Optional.empty();
        }
        conversation.markAfterHours();
        if (conversation.getChannel() == Channel.TELEPHONE) {
            // the call's script says, and writes, its own: the caller is called back at the number they call from
            return Optional.empty();
        }
        return Optional.of(conversation.append(MessageAuthor.BOT, hours.closedNotice()));
    }

    /**
     * The citizen wrote (this message is already in the conversation) to a request still waiting after hours: the
     * acknowledgement of their first message, and of every number to call back.
     */
    public Optional<Message> citizenWrote(Conversation conversation, String text) {
        if (!conversation.isAfterHours() || conversation.getState() != ConversationState.WAITING_FOR_AGENT
                || hours.openNow()) {
            return Optional.empty();
        }
        Optional<String> phone = PhoneNumbers.findIn(text);
        if (phone.isPresent()) {
            conversation.leaveCallbackPhone(phone.get());
            return Optional.of(conversation.append(MessageAuthor.BOT, "Merci, c'est noté : un conseiller vous rappellera"
                    + " au " + PhoneNumbers.display(phone.get()) + " dès la réouverture."));
        }
        long writtenSinceQueued = conversation.getMessages().stream()
                .filter(message -> message.getAuthor() == MessageAuthor.CITIZEN)
                .filter(message -> !message.getSentAt().isBefore(conversation.getWaitingSince())).count();
        return writtenSinceQueued > 1 ? Optional.empty() : Optional.of(conversation.append(MessageAuthor.BOT,
                "Merci, votre message est enregistré : un conseiller le lira dès la réouverture."));
    }
}
