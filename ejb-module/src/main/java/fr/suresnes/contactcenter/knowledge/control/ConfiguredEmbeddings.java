package fr.suresnes.contactcenter.knowledge.control;

import fr.suresnes.contactcenter.knowledge.search.Embeddings;
import fr.suresnes.contactcenter.knowledge.search.OpenAiCompatibleEmbeddings;
import fr.suresnes.contactcenter.platform.http.ServiceSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The embeddings service of {@code knowledge.semantic.*}, if one is configured: semantic search is off otherwise.
 * <p>
 * Calls go through a circuit breaker: once most recent calls failed, calls fail at once for a minute instead of
 * making every search wait for a service that is down or hanging. Callers fall back to full-text search.
 */
@ApplicationScoped
public class ConfiguredEmbeddings {

    @Inject
    @ConfigProperty(name = "knowledge.semantic.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "knowledge.semantic.model")
    Optional<String> model;

    @Inject
    @ConfigProperty(name = "knowledge.semantic.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "knowledge.semantic.timeout-seconds")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "knowledge.semantic.batch-size")
    int batchSize;

    private Embeddings service;

    @PostConstruct
    void connect() {
        ServiceSettings.of("knowledge.semantic", url, model, apiKey, timeoutSeconds).ifPresent(settings ->
                service = new OpenAiCompatibleEmbeddings(settings.url(), settings.model(), settings.apiKey(),
                        settings.timeout(), batchSize));
    }

    /**
     * What the vectors come from, when semantic search is on: an index built from something else must be rebuilt.
     */
    public Optional<String> source() {
        return Optional.ofNullable(service).map(Object::toString);
    }

    /** Only when {@link #source()} is present. */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.MINUTES)
    public float[][] embed(List<String> texts) {
        return service.embed(texts);
    }
}
