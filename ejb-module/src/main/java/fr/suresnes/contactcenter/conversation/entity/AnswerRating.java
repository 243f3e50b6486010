package fr.suresnes.contactcenter.conversation.entity;

/** What the citizen said of a bot answer. */
public enum AnswerRating {
    USEFUL,
    NOT_USEFUL
}
