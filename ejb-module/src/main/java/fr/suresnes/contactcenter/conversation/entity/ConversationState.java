package fr.suresnes.contactcenter.conversation.entity;

/** Who is answering the citizen now. */
public enum ConversationState {
    BOT,
    WAITING_FOR_AGENT,
    WITH_AGENT,
    CLOSED
}
