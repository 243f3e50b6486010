package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfiguredSpeechTest {

    @Test
    void byDefaultHandsTheCallersPlatformFrenchSsmlWithTheTextEscaped() {
        ConfiguredSpeech speech = configured("platform", "/usr/bin/espeak-ng");

        Speech spoken = speech.speak("Horaires < 18 h & samedi", SpeechFormat.TELEPHONE);

        assertFalse(speech.audioOnServer());
        assertEquals(new Speech.Ssml("<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\""
                + " xml:lang=\"fr-FR\">Horaires &lt; 18 h &amp; samedi</speak>"), spoken);
    }

    @Test
    void speaksOnTheServerWithEspeakNgAndKeepsTheAudio() {
        ConfiguredSpeech speech = configured("espeak-ng", "/usr/bin/espeak-ng");

        Speech first = speech.speak("Bonjour, que puis-je faire pour vous ?", SpeechFormat.TELEPHONE);
        Speech again = speech.speak("Bonjour, que puis-je faire pour vous ?", SpeechFormat.TELEPHONE);

        assertTrue(speech.audioOnServer());
        assertTrue(first instanceof Speech.Audio, first.toString());
        assertSame(((Speech.Audio) first).wav(), ((Speech.Audio) again).wav(), "the second time comes from the cache");
    }

    @Test
    void letsThePlatformSpeakWhenEspeakNgIsNotInstalled() {
        ConfiguredSpeech speech = configured("espeak-ng", "/nonexistent/espeak-ng");

        assertFalse(speech.audioOnServer());
        assertTrue(speech.speak("Bonjour", SpeechFormat.BROWSER) instanceof Speech.Ssml);
    }

    @Test
    void refusesAnUnknownEngine() {
        assertThrows(IllegalStateException.class, () -> configured("festival", "/usr/bin/festival"));
    }

    private static ConfiguredSpeech configured(String engine, String path) {
        ConfiguredSpeech speech = new ConfiguredSpeech();
        speech.engineName = engine;
        speech.espeakPath = path;
        speech.voice = "fr";
        speech.wordsPerMinute = 160;
        speech.timeoutSeconds = 20;
        speech.maxChars = 2000;
        speech.maxProcesses = 2;
        speech.cacheBytes = 1 << 20;
        speech.start();
        return speech;
    }
}
