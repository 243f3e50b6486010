package fr.suresnes.contactcenter.handoff.boundary;

import jakarta.ejb.ApplicationException;

/** An agent's action names something that does not exist: a queue, an agent or a wrap-up code. The message is French. */
@ApplicationException(rollback = true)
public class HandoffRefusedException extends RuntimeException {

    public HandoffRefusedException(String frenchReason) {
        super(frenchReason);
    }
}
