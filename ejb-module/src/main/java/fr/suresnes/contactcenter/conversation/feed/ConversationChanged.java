package fr.suresnes.contactcenter.conversation.feed;

/** A conversation got a message or changed state; fired inside the transaction that changed it. */
public record ConversationChanged(long conversationId) {
}
