package fr.suresnes.contactcenter.supervision.boundary;

/** A reporting period that cannot be computed; the message is French, for the supervisor. */
public class InvalidPeriodException extends IllegalArgumentException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
