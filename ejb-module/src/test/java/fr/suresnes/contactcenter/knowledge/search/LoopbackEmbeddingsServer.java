package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, float[]> vectors;
    private volatile int failureStatus;
    private volatile String failureBody;
    private volatile boolean hanging;

    private LoopbackEmbeddingsServer(Function<String, float[]> vectors) throws IOException {
        this.vectors = vectors;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static LoopbackEmbeddingsServer answering(Function<String, float[]> vectors) {
        try {
            return new LoopbackEmbeddingsServer(vectors);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API root, as a service documents it. */
    URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/v1");
    }

    void answerWith(Function<String, float[]> newVectors) {
        vectors = newVectors;
        failureStatus = 0;
        hanging = false;
    }

    void failWith(int status, String body) {
        failureStatus = status;
        failureBody = body;
    }

    /** Requests get no answer until the server closes. */
    void hang() {
        hanging = true;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{\"error\":{\"message\":\"POST only\"}}");
                return;
            }
            JsonObject request = Json.createReader(new StringReader(new String(body.readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            List<String> input = request.getJsonArray("input").getValuesAs(JsonString::getString);
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                    request.getString("model"), input));
            if (hanging) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (failureStatus != 0) {
                respond(exchange, failureStatus, failureBody);
                return;
            }
            respond(exchange, 200, answer(request.getString("model"), input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String answer(String model, List<String> input) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int index = input.size() - 1; index >= 0; index--) {
            JsonArrayBuilder embedding = Json.createArrayBuilder();
            for (float value : vectors.apply(input.get(index))) {
                embedding.add(value);
            }
            data.add(Json.createObjectBuilder()
                    .add("object", "embedding").add("index", index).add("embedding", embedding));
        }
        return Json.createObjectBuilder().add("object", "list").add("data", data).add("model", model)
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 1).add("total_tokens", 1))
                .build().toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
