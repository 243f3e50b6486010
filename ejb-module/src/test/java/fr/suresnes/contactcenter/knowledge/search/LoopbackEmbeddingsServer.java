package fr.suresnes.contactcenter.knowledge.search;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import fr.suresnes.contactcenter.platform.http.LoopbackJsonServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * A real HTTP server on loopback speaking the OpenAI embeddings API ({@code POST /v1/embeddings}), with vectors
 * from a function of each text, answered in reverse order as the protocol allows. It records what it receives,
 * and can be told to fail or to hang.
 */
final class LoopbackEmbeddingsServer implements AutoCloseable {

    record Request(String authorization, String model, List<String> input) {
    }

    private final LoopbackJsonServer server;

    private LoopbackEmbeddingsServer(Function<String, float[]> vectors) {
        server = LoopbackJsonServer.serving("/embeddings", request -> answer(request, vectors));
    }

    static LoopbackEmbeddingsServer answering(Function<String, float[]> vectors) {
        return new LoopbackEmbeddingsServer(vectors);
    }

    /** The API root, as a service documents it. */
    URI baseUrl() {
        return server.baseUrl();
    }

    void answerWith(Function<String, float[]> newVectors) {
        server.answerWith(request -> answer(request, newVectors));
    }

    void failWith(int status, String body) {
        server.failWith(status, body);
    }

    /** Requests get no answer until the server closes. */
    void hang() {
        server.hang();
    }

    List<Request> requests() {
        return server.requests().stream()
                .map(received -> new Request(received.authorization(), received.body().getString("model"),
                        input(received.body())))
                .toList();
    }

    @Override
    public void close() {
        server.close();
    }

    private static List<String> input(JsonObject request) {
        return request.getJsonArray("input").getValuesAs(JsonString::getString);
    }

    private static String answer(JsonObject request, Function<String, float[]> vectors) {
        List<String> input = input(request);
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int index = input.size() - 1; index >= 0; index--) {
            JsonArrayBuilder embedding = Json.createArrayBuilder();
            for (float value : vectors.apply(input.get(index))) {
                embedding.add(value);
            }
            data.add(Json.createObjectBuilder()
                    .add("object", "embedding").add("index", index).add("embedding", embedding));
        }
        return Json.createObjectBuilder()
                .add("object", "list").add("data", data).add("model", request.getString("model"))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 1).add("total_tokens", 1))
                .build().toString();
    }
}
