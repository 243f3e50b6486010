package fr.suresnes.contactcenter.conversation.entity;

public enum MessageAuthor {
    CITIZEN,
    BOT,
    AGENT,
    /** notices from the contact center itself: handoff queued, agent joined, conversation closed */
    SYSTEM
}
