package fr.suresnes.contactcenter.knowledge.search;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The JSON of the OpenAI embeddings API ({@code POST /v1/embeddings}), as Albert, vLLM, Ollama and others speak it:
 * {@code {"model", "input": [texts]}} answered by {@code {"data": [{"index", "embedding": [numbers]}]}}.
 */
final class OpenAiEmbeddingsProtocol {

    private OpenAiEmbeddingsProtocol() {
    }

    static String request(String model, List<String> texts) {
        return Json.createObjectBuilder()
                .add("model", model)
                .add("input", Json.createArrayBuilder(texts))
                .build().toString();
    }

    /** The vectors of an answer to {@code expected} texts, in the order of the texts. */
    static float[][] vectors(String answer, int expected) {
        float[][] vectors = new float[expected][];
        try {
            for (JsonValue item : Json.createReader(new StringReader(answer)).readObject().getJsonArray("data")) {
                JsonObject embedding = item.asJsonObject();
                int index = embedding.getInt("index");
                if (index < 0 || index >= expected || vectors[index] != null) {
                    throw new EmbeddingsException("Embeddings service answered an unexpected index " + index);
                }
                vectors[index] = toFloats(embedding.getJsonArray("embedding"));
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new EmbeddingsException("Embeddings service gave an unreadable answer: " + e.getMessage(), e);
        }
        for (float[] vector : vectors) {
            if (vector == null || vector.length == 0 || vector.length != vectors[0].length) {
                throw new EmbeddingsException("Embeddings service answered missing or uneven vectors for "
                        + expected + " texts");
            }
        }
        return vectors;
    }

    private static float[] toFloats(JsonArray numbers) {
        float[] vector = new float[numbers.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) numbers.getJsonNumber(i).doubleValue();
        }
        return vector;
    }
}
