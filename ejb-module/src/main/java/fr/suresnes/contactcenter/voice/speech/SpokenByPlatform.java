package fr.suresnes.contactcenter.voice.speech;

/**
 * The default: the caller's platform speaks (the browser's speech synthesis, the telephony gateway's voice), so the
 * server only hands it the text as French SSML.
 */
final class SpokenByPlatform implements TextToSpeech {

    @Override
    public Speech speak(String text, SpeechFormat format) {
        return new Speech.Ssml("<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"fr-FR\">"
                + escaped(text) + "</speak>");
    }

    @Override
    public String toString() {
        return "speech by the caller's platform";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
