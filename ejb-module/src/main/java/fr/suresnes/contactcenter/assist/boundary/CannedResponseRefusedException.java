package fr.suresnes.contactcenter.assist.boundary;

import jakarta.ejb.ApplicationException;

/** A canned response that cannot be saved as written (empty, too long) or no longer exists. The message is French. */
@ApplicationException(rollback = true)
public class CannedResponseRefusedException extends RuntimeException {

    public CannedResponseRefusedException(String frenchReason) {
        super(frenchReason);
    }
}
