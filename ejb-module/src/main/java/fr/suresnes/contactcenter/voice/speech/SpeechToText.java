package fr.suresnes.contactcenter.voice.speech;

/** Turns a recorded utterance of a citizen into French text. */
public interface SpeechToText {

    /** @throws TranscriptionException when there is no text to be had this time, saying why */
    String transcribe(RecordedUtterance utterance);
}
