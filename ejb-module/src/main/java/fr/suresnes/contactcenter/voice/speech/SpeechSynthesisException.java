package fr.suresnes.contactcenter.voice.speech;

/** A text could not be made into audio; the message says why, for the logs. */
public class SpeechSynthesisException extends RuntimeException {

    public SpeechSynthesisException(String message) {
        super(message);
    }

    public SpeechSynthesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
