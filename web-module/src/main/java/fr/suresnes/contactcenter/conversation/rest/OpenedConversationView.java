package fr.suresnes.contactcenter.conversation.rest;

/** Returned once, at creation: the citizen's client keeps the token to come back to the conversation. */
public record OpenedConversationView(long id, String accessToken, String state) {
}
