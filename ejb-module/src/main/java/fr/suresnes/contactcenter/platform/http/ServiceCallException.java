package fr.suresnes.contactcenter.platform.http;

/** A remote service could not be reached or gave no usable answer; the message says why, for the logs. */
public class ServiceCallException extends RuntimeException {

    public ServiceCallException(String message) {
        super(message);
    }

    public ServiceCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
