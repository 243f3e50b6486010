package fr.suresnes.contactcenter.conversation.boundary;

import fr.suresnes.contactcenter.conversation.answer.Choice;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;

import java.util.List;

/**
 * What the contact center answers to one citizen message, on any channel: the bot's replies (none while a person
 * handles the conversation), the buttons to offer, the sources cited, and where the conversation stands with people.
 */
public record BotTurn(long conversationId, List<Reply> replies, Handoff handoff) {

    public enum Handoff {
        /** the bot handles it */
        NONE,
        /** the bot is unsure and offers a person */
        OFFERED,
        /** waiting in a queue for an agent */
        QUEUED,
        /** an agent handles it: the bot stays silent */
        WITH_AGENT
    }

    public record Reply(String text, List<Choice> choices, List<CitedSource> sources) {

        /** a reply of text alone, without sources nor choices */
        public static Reply of(String text) {
            return new Reply(text, List.of(), List.of());
        }
    }
}
