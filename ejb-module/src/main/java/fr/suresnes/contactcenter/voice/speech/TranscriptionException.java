package fr.suresnes.contactcenter.voice.speech;

/** An utterance could not be transcribed: no service, a service that failed, or an unreadable answer. */
public class TranscriptionException extends RuntimeException {

    public TranscriptionException(String message) {
        super(message);
    }

    public TranscriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
