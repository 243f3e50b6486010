package fr.suresnes.contactcenter.conversation.feed;

/**
 * A conversation got a message or changed state; fired inside the transaction that changed it.
 *
 * @param queueChanged the change put the conversation in a queue or took it out (asked for a person, claimed,
 *                     transferred, closed while waiting)
 */
public record ConversationChanged(long conversationId, boolean queueChanged) {
}
