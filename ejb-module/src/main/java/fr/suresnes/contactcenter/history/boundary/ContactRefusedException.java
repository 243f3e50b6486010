package fr.suresnes.contactcenter.history.boundary;

import jakarta.ejb.ApplicationException;

/** A contact or an identity that cannot be recorded as given; the message says why, in French. */
@ApplicationException(rollback = true)
public class ContactRefusedException extends RuntimeException {

    public ContactRefusedException(String frenchReason) {
        super(frenchReason);
    }
}
