package fr.suresnes.contactcenter.voice.speech;

/** A text made ready to be heard: either audio the server made, or SSML for the caller's platform to speak. */
public sealed interface Speech {

    /** An SSML 1.1 document in French, for a platform that speaks it itself. */
    record Ssml(String document) implements Speech {
    }

    /** A WAV file in the requested {@link SpeechFormat}. */
    record Audio(byte[] wav) implements Speech {
    }
}
