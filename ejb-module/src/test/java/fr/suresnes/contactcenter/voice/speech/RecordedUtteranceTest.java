package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordedUtteranceTest {

    @ParameterizedTest
    @CsvSource({"audio/wav,utterance.wav", "audio/x-wav,utterance.wav", "audio/vnd.wave,utterance.wav",
            "audio/mpeg,utterance.mp3", "audio/webm;codecs=opus,utterance.webm", "AUDIO/OGG,utterance.ogg"})
    void namesTheFileAfterItsFormat(String mediaType, String fileName) {
        assertEquals(fileName, new RecordedUtterance(new byte[] {1}, mediaType).fileName());
    }

    @ParameterizedTest
    @CsvSource({"text/plain", "application/octet-stream"})
    void refusesWhatIsNotAudio(String mediaType) {
        assertThrows(IllegalArgumentException.class, () -> new RecordedUtterance(new byte[] {1}, mediaType));
    }
}
