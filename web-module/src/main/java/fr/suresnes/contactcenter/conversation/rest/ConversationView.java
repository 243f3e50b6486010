package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.OfferedChoice;

import java.time.Instant;
import java.util.List;

/** What a citizen sees of their conversation. Agents appear by display name only. */
public record ConversationView(long id, String channel, String state, Instant openedAt, List<MessageView> messages) {

    public static ConversationView of(Conversation conversation, List<Message> transcript) {
        return new ConversationView(conversation.getId(), conversation.getChannel().name(),
                conversation.getState().name(), conversation.getOpenedAt(),
                transcript.stream().map(MessageView::of).toList());
    }

    /** @param rating the citizen's rating of a bot answer: USEFUL, NOT_USEFUL or null */
    public record MessageView(long id, String author, String agentName, String text, Instant sentAt,
                              List<SourceView> sources, List<ChoiceView> choices, String rating) {

        static MessageView of(Message message) {
            return new MessageView(message.getId(), message.getAuthor().name(),
                    message.getAgent() == null ? null : message.getAgent().getDisplayName(),
                    message.getBody(), message.getSentAt(),
                    message.getSources().stream().map(SourceView::of).toList(),
                    message.getChoices().stream().map(ChoiceView::of).toList(),
                    message.getRating() == null ? null : message.getRating().name());
        }
    }

    /** A button: the payload is the text to send as the citizen's next message when it is chosen. */
    public record ChoiceView(String title, String payload) {

        static ChoiceView of(OfferedChoice choice) {
            return new ChoiceView(choice.getTitle(), choice.getPayload());
        }
    }

    public record SourceView(String title, String section, String url) {

        static SourceView of(CitedSource source) {
            return new SourceView(source.getTitle(), source.getSection(), source.getUrl());
        }
    }
}
