package fr.suresnes.contactcenter.conversation.boundary;

import jakarta.ejb.ApplicationException;

/** No conversation answers to this access token: it never existed, or it is someone else's. */
@ApplicationException(rollback = true)
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException() {
        super("no conversation for this access token");
    }
}
