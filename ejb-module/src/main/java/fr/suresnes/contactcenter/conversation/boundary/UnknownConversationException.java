package fr.suresnes.contactcenter.conversation.boundary;

import jakarta.ejb.ApplicationException;

/**
 * No conversation answers to this access token (it never existed, or it is someone else's), or it holds nothing of
 * what was asked. The message is French, for the citizen.
 */
@ApplicationException(rollback = true)
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException() {
        this("Aucune conversation pour ce jeton d'accès.");
    }

    public UnknownConversationException(String frenchDetail) {
        super(frenchDetail);
    }
}
