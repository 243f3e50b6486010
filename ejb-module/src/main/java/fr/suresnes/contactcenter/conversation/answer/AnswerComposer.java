package fr.suresnes.contactcenter.conversation.answer;

/**
 * Writes the bot's answer to a knowledge question from the passages the search found, and only from them.
 * The extractive composer is the default; a language-model composer may be configured in front of it.
 */
public interface AnswerComposer {

    ComposedAnswer compose(AnswerRequest request);

    /** recorded with every answer, for the audit trail */
    String name();
}
