package fr.suresnes.contactcenter.handoff.boundary;

import jakarta.ejb.ApplicationException;

/** The agent acts on a conversation they do not hold: not claimed yet, claimed by someone else, or closed. */
@ApplicationException(rollback = true)
public class NotHeldException extends RuntimeException {

    public NotHeldException(long conversationId) {
        super("conversation " + conversationId + " is not held by this agent");
    }
}
