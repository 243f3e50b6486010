package fr.suresnes.contactcenter.voice.speech;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;

import fr.suresnes.contactcenter.platform.http.JsonEndpoint;
import fr.suresnes.contactcenter.platform.http.MultipartForm;
import fr.suresnes.contactcenter.platform.http.ServiceCallException;
import jakarta.json.Json;
import jakarta.json.JsonException;

/**
 * Transcription by a service speaking the OpenAI audio transcriptions API (a Whisper server, Albert, vLLM…):
 * {@code POST …/audio/transcriptions} with the form fields {@code file}, {@code model}, {@code language=fr} and
 * {@code response_format=json}, answered by {@code {"text": …}}. Thread-safe.
 */
public final class OpenAiCompatibleTranscription implements SpeechToText {

    private static final String LANGUAGE = "fr";

    private final JsonEndpoint endpoint;
    private final String model;

    /**
     * @param baseUrl the API root as the service documents it, such as {@code http://localhost:8000/v1}: requests go
     *                to its {@code /audio/transcriptions}
     * @param apiKey  sent as a bearer token; null or blank when the service needs none
     * @param timeout for connecting, then for each answer
     */
    public OpenAiCompatibleTranscription(URI baseUrl, String model, String apiKey, Duration timeout) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("A transcription model is required");
        }
        this.endpoint = new JsonEndpoint("Transcription service", baseUrl, "/audio/transcriptions", apiKey, timeout);
        this.model = model.strip();
    }

    @Override
    public String transcribe(RecordedUtterance utterance) {
        MultipartForm form = new MultipartForm()
                .file("file", utterance.fileName(), utterance.mediaType(), utterance.audio())
                .field("model", model)
                .field("language", LANGUAGE)
                .field("response_format", "json");
        try {
            return textOf(endpoint.post(form));
        } catch (ServiceCallException e) {
            throw new TranscriptionException(e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "transcription " + model + " at " + endpoint;
    }

    private String textOf(String answer) {
        try {
            return Json.createReader(new StringReader(answer)).readObject().getString("text").strip();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new TranscriptionException("Transcription service at " + endpoint + " gave an unreadable answer: "
                    + e.getMessage(), e);
        }
    }
}
