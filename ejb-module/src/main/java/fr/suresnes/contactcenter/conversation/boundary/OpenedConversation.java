package fr.suresnes.contactcenter.conversation.boundary;

import fr.suresnes.contactcenter.conversation.entity.Conversation;

/** A conversation and the access token its citizen keeps: shown once, at creation; null when a sender resumed it. */
public record OpenedConversation(Conversation conversation, String accessToken) {
}
