package fr.suresnes.contactcenter.knowledge.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import fr.suresnes.contactcenter.platform.http.JsonEndpoint;
import fr.suresnes.contactcenter.platform.http.ServiceCallException;

/**
 * The embeddings of a service speaking the OpenAI embeddings API: Albert, vLLM, Ollama, OpenAI, and others.
 * Texts are sent in batches of a configured size, one request each. Thread-safe.
 */
public final class OpenAiCompatibleEmbeddings implements Embeddings {

    private final JsonEndpoint endpoint;
    private final String model;
    private final int batchSize;

    /**
     * @param baseUrl   the API root as the service documents it, such as {@code http://localhost:11434/v1}:
     *                  requests go to its {@code /embeddings}
     * @param apiKey    sent as a bearer token; null or blank when the service needs none
     * @param timeout   for connecting, then for each request's answer
     * @param batchSize the most texts sent in one request
     */
    public OpenAiCompatibleEmbeddings(URI baseUrl, String model, String apiKey, Duration timeout, int batchSize) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("An embeddings model is required");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.endpoint = new JsonEndpoint("Embeddings service", baseUrl, "/embeddings", apiKey, timeout);
        this.model = model;
        this.batchSize = batchSize;
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<String> batch = texts.subList(from, Math.min(from + batchSize, texts.size()));
            float[][] answered = embedBatch(batch);
            if (from > 0 && answered[0].length != vectors[0].length) {
                throw new EmbeddingsException("Embeddings service answered vectors of " + answered[0].length
                        + " dimensions after " + vectors[0].length);
            }
            System.arraycopy(answered, 0, vectors, from, answered.length);
        }
        return vectors;
    }

    @Override
    public String toString() {
        return "embeddings " + model + " at " + endpoint;
    }

    private float[][] embedBatch(List<String> batch) {
        String answer;
        try {
            answer = endpoint.post(OpenAiEmbeddingsProtocol.request(model, batch));
        } catch (ServiceCallException e) {
            throw new EmbeddingsException(e.getMessage(), e);
        }
        return OpenAiEmbeddingsProtocol.vectors(answer, batch.size());
    }
}
