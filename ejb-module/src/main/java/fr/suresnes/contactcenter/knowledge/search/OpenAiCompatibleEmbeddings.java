package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The embeddings of a service speaking the OpenAI embeddings API: Albert, vLLM, Ollama, OpenAI, and others.
 * Texts are sent in batches of a configured size, one request each. Thread-safe.
 */
public final class OpenAiCompatibleEmbeddings implements Embeddings {

    private final HttpClient client;
    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
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
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base.endsWith("/embeddings") ? base : base + "/embeddings");
        this.model = model;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.timeout = timeout;
        this.batchSize = batchSize;
        // HTTP/1.1: some servers mishandle the HTTP/2 upgrade the client would otherwise attempt over plain http
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
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
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OpenAiEmbeddingsProtocol.request(model, batch)));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new EmbeddingsException("Embeddings service at " + endpoint + " answered HTTP "
                    + response.statusCode() + ": " + OpenAiEmbeddingsProtocol.errorMessage(response.body()));
        }
        return OpenAiEmbeddingsProtocol.vectors(response.body(), batch.size());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EmbeddingsException("Embeddings service at " + endpoint + " did not answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new EmbeddingsException("Embeddings service at " + endpoint + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingsException("Interrupted while waiting for the embeddings service at " + endpoint, e);
        }
    }
}
