package fr.suresnes.contactcenter.voice.speech;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import fr.suresnes.contactcenter.platform.http.ServiceSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The transcription service of {@code speech.transcription.*}, if one is configured; otherwise speech is recognised
 * by the caller's platform.
 * <p>
 * Calls are guarded: one that takes longer than {@code speech.transcription.timeout-seconds} is abandoned (the
 * Timeout value is bound to that key in microprofile-config.properties), and once most recent calls failed, calls
 * fail at once for a minute instead of making every caller wait for a service that is down.
 */
@ApplicationScoped
public class ConfiguredTranscription {

    @Inject
    @ConfigProperty(name = "speech.transcription.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "speech.transcription.model")
    Optional<String> model;

    @Inject
    @ConfigProperty(name = "speech.transcription.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "speech.transcription.timeout-seconds")
    int timeoutSeconds;

    private SpeechToText service = new RecognisedByPlatform();

    @PostConstruct
    void connect() {
        ServiceSettings.of("speech.transcription", url, model, apiKey, timeoutSeconds).ifPresent(settings ->
                service = new OpenAiCompatibleTranscription(settings.url(), settings.model(), settings.apiKey(),
                        settings.timeout()));
    }

    /** Whether recorded utterances can be sent to {@link #transcribe}; if not, the platform must recognise speech. */
    public boolean onServer() {
        return !(service instanceof RecognisedByPlatform);
    }

    /**
     * @throws TranscriptionException when no service is configured, or it failed
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException when it was too slow or its
     *                                                                                    circuit is open
     */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.MINUTES,
            skipOn = IllegalArgumentException.class)
    public String transcribe(RecordedUtterance utterance) {
        return service.transcribe(utterance);
    }
}
