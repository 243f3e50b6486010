package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleTranscriptionTest {

    private static final String MODEL = "Systran/faster-whisper-large-v3";
    private static final byte[] AUDIO = {'R', 'I', 'F', 'F', 0, (byte) 0xff, '\r', '\n', '-', '-', 127, (byte) 0x80};

    private final LoopbackTranscriptionServer server;

    OpenAiCompatibleTranscriptionTest() throws IOException {
        server = new LoopbackTranscriptionServer("{\"text\":\" Comment refaire mon passeport ? \"}");
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void sendsTheRecordingTheModelAndFrenchAndReadsTheText() {
        String text = transcription(null, Duration.ofSeconds(5)).transcribe(new RecordedUtterance(AUDIO, "audio/wav"));

        assertEquals("Comment refaire mon passeport ?", text);
        LoopbackTranscriptionServer.Received received = server.requests().get(0);
        Map<String, LoopbackTranscriptionServer.Part> parts = received.parts();
        assertEquals(List.of("file", "model", "language", "response_format"), List.copyOf(parts.keySet()));
        assertArrayEquals(AUDIO, parts.get("file").content());
        assertTrue(parts.get("file").headers().contains("filename=\"utterance.wav\""), parts.get("file").headers());
        assertTrue(parts.get("file").headers().contains("Content-Type: audio/wav"), parts.get("file").headers());
        assertEquals(MODEL, parts.get("model").text());
        assertEquals("fr", parts.get("language").text());
        assertEquals("json", parts.get("response_format").text());
        assertNull(received.authorization());
    }

    @Test
    void sendsTheApiKeyAsABearerToken() {
        transcription("s3cret", Duration.ofSeconds(5)).transcribe(new RecordedUtterance(AUDIO, "audio/ogg"));

        assertEquals("Bearer s3cret", server.requests().get(0).authorization());
        assertTrue(server.requests().get(0).parts().get("file").headers().contains("filename=\"utterance.ogg\""));
    }

    @Test
    void reportsAServerErrorWithItsMessage() {
        server.answer(500, "{\"error\":{\"message\":\"CUDA out of memory\"}}");

        TranscriptionException failure = assertThrows(TranscriptionException.class, this::transcribe);

        assertTrue(failure.getMessage().contains("HTTP 500: CUDA out of memory"), failure.getMessage());
    }

    @Test
    void reportsAServiceThatDoesNotAnswerInTime() {
        server.hang();

        TranscriptionException failure = assertThrows(TranscriptionException.class,
                () -> transcription(null, Duration.ofMillis(300)).transcribe(new RecordedUtterance(AUDIO, "audio/wav")));

        assertTrue(failure.getMessage().contains("did not answer within 300 ms"), failure.getMessage());
    }

    @Test
    void reportsAnAnswerThatIsNotJson() {
        server.answer(200, "{\"text\": \"Comment refaire");

        TranscriptionException failure = assertThrows(TranscriptionException.class, this::transcribe);

        assertTrue(failure.getMessage().contains("unreadable answer"), failure.getMessage());
    }

    @Test
    void reportsAnAnswerWithoutText() {
        server.answer(200, "{\"segments\":[]}");

        TranscriptionException failure = assertThrows(TranscriptionException.class, this::transcribe);

        assertTrue(failure.getMessage().contains("unreadable answer"), failure.getMessage());
    }

    private String transcribe() {
        return transcription(null, Duration.ofSeconds(5)).transcribe(new RecordedUtterance(AUDIO, "audio/wav"));
    }

    private OpenAiCompatibleTranscription transcription(String apiKey, Duration timeout) {
        return new OpenAiCompatibleTranscription(server.baseUrl(), MODEL, apiKey, timeout);
    }
}
