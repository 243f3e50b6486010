package fr.suresnes.contactcenter.platform.http;

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
import jakarta.json.JsonObject;

/**
 * A real HTTP server on loopback serving one operation of a JSON API under {@code /v1}, as the OpenAI-compatible
 * services do, answering each request's JSON with a function of it. It records what it receives, and can be told to
 * fail or to hang.
 */
public final class LoopbackJsonServer implements AutoCloseable {

    /** A request as received: its bearer header, if any, and its JSON body. */
    public record Received(String authorization, JsonObject body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile Function<JsonObject, String> answers;
    private volatile int failureStatus;
    private volatile String failureBody;
    private volatile boolean hanging;

    private LoopbackJsonServer(String operation, Function<JsonObject, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1" + operation, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @param operation such as {@code /embeddings} */
    public static LoopbackJsonServer serving(String operation, Function<JsonObject, String> answers) {
        try {
            return new LoopbackJsonServer(operation, answers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API root, as a service documents it. */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/v1");
    }

    public void answerWith(Function<JsonObject, String> newAnswers) {
        answers = newAnswers;
        failureStatus = 0;
        hanging = false;
    }

    public void failWith(int status, String body) {
        failureStatus = status;
        failureBody = body;
    }

    /** Requests get no answer until the server closes. */
    public void hang() {
        hanging = true;
    }

    public List<Received> requests() {
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
            requests.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), request));
            if (hanging) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (failureStatus != 0) {
                respond(exchange, failureStatus, failureBody);
                return;
            }
            respond(exchange, 200, answers.apply(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
