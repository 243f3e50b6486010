package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Debian's espeak-ng and checks its audio with sox's {@code soxi}: both must be installed (CI installs them),
 * and the test fails without them.
 */
class EspeakNgSpeechTest {

    private static final Path ESPEAK_NG = Path.of("/usr/bin/espeak-ng");
    private static final String ANSWER = "Pour refaire votre passeport, prenez rendez-vous en mairie. "
            + "Le timbre fiscal coûte 86 euros ; comptez environ trois semaines.";

    @TempDir
    Path folder;

    @Test
    void speaksAFrenchAnswerAsTelephoneAudio() throws Exception {
        Path wav = written(espeak(Duration.ofSeconds(20)).audio(ANSWER, SpeechFormat.TELEPHONE));

        assertEquals("8000", soxi("-r", wav));
        assertEquals("1", soxi("-c", wav));
        assertEquals("16", soxi("-b", wav));
        assertEquals("Signed Integer PCM", soxi("-e", wav));
        assertTrue(Double.parseDouble(soxi("-D", wav)) > 3, "seconds of speech: " + soxi("-D", wav));
    }

    @Test
    void speaksAFrenchAnswerAtTheEnginesOwnRateForBrowsers() throws Exception {
        Path wav = written(espeak(Duration.ofSeconds(20)).audio(ANSWER, SpeechFormat.BROWSER));

        assertEquals("22050", soxi("-r", wav));
        assertEquals("1", soxi("-c", wav));
        assertTrue(Double.parseDouble(soxi("-D", wav)) > 3, "seconds of speech: " + soxi("-D", wav));
    }

    @Test
    void speaksTextThatLooksLikeOptionsAsText() throws Exception {
        Path wav = written(espeak(Duration.ofSeconds(20)).audio("--help -w /tmp/x.wav", SpeechFormat.TELEPHONE));

        assertTrue(Double.parseDouble(soxi("-D", wav)) > 0.5, "seconds of speech: " + soxi("-D", wav));
    }

    @Test
    void killsAnEngineThatTakesTooLong() {
        SpeechSynthesisException failure = assertThrows(SpeechSynthesisException.class,
                () -> espeak(Duration.ofMillis(1)).audio(ANSWER, SpeechFormat.TELEPHONE));

        assertTrue(failure.getMessage().contains("did not finish within 1 ms"), failure.getMessage());
    }

    @Test
    void reportsWhatTheEngineSaidWhenItFails() {
        EspeakNgSpeech unknownVoice = new EspeakNgSpeech(ESPEAK_NG, "xx-nonexistent", 160, Duration.ofSeconds(20), 2000, 2);

        SpeechSynthesisException failure = assertThrows(SpeechSynthesisException.class,
                () -> unknownVoice.audio(ANSWER, SpeechFormat.TELEPHONE));

        assertTrue(failure.getMessage().contains("espeak-ng failed"), failure.getMessage());
    }

    @Test
    void refusesVoiceNamesThatCouldBeOptions() {
        assertThrows(IllegalArgumentException.class,
                () -> new EspeakNgSpeech(ESPEAK_NG, "fr --stdout", 160, Duration.ofSeconds(1), 2000, 2));
    }

    private static EspeakNgSpeech espeak(Duration timeout) {
        return new EspeakNgSpeech(ESPEAK_NG, "fr", 160, timeout, 2000, 2);
    }

    private Path written(byte[] wav) throws IOException {
        Path file = folder.resolve("speech.wav");
        Files.write(file, wav);
        return file;
    }

    private static String soxi(String option, Path wav) throws IOException, InterruptedException {
        Process soxi = new ProcessBuilder(List.of("soxi", option, wav.toString())).redirectErrorStream(true).start();
        String output = new String(soxi.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(soxi.waitFor(20, TimeUnit.SECONDS), "soxi finished");
        assertEquals(0, soxi.exitValue(), "soxi " + option + ": " + output);
        return output;
    }
}
