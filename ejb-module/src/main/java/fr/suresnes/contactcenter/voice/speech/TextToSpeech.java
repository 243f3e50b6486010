package fr.suresnes.contactcenter.voice.speech;

/** Makes French text ready to be heard. */
public interface TextToSpeech {

    /** @throws SpeechSynthesisException when it cannot be done this time, saying why */
    Speech speak(String text, SpeechFormat format);
}
