package fr.suresnes.contactcenter.conversation.boundary;

import fr.suresnes.contactcenter.conversation.entity.Conversation;

/** A new conversation and the access token its citizen keeps; the token is never shown again. */
public record OpenedConversation(Conversation conversation, String accessToken) {
}
