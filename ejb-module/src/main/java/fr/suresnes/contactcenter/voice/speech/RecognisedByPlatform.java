package fr.suresnes.contactcenter.voice.speech;

/**
 * The default: the caller's platform recognises speech (the browser's speech recognition, the telephony gateway's
 * recogniser) and sends text, so the server transcribes nothing.
 */
final class RecognisedByPlatform implements SpeechToText {

    @Override
    public String transcribe(RecordedUtterance utterance) {
        throw new TranscriptionException("No transcription service is configured (speech.transcription.url):"
                + " the caller's platform is expected to recognise speech and send text");
    }

    @Override
    public String toString() {
        return "recognition by the caller's platform";
    }
}
