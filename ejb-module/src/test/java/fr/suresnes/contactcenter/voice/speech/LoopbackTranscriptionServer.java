package fr.suresnes.contactcenter.voice.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback serving {@code POST /v1/audio/transcriptions} as OpenAI-compatible services do: it
 * reads the multipart form it receives, records it, and answers with a fixed body, or fails, or hangs.
 */
final class LoopbackTranscriptionServer implements AutoCloseable {

    /** One part of a received form: its headers as sent, and its content. */
    record Part(String headers, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A request as received: its bearer header, if any, and its form parts by name. */
    record Received(String authorization, Map<String, Part> parts) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("multipart/form-data; boundary=(\\S+)");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer;
    private volatile boolean hanging;

    LoopbackTranscriptionServer(String answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/audio/transcriptions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/v1");
    }

    void answer(int newStatus, String body) {
        status = newStatus;
        answer = body;
    }

    void hang() {
        hanging = true;
    }

    List<Received> requests() {
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
            Matcher boundary = BOUNDARY.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            if (!"POST".equals(exchange.getRequestMethod()) || !boundary.matches()) {
                respond(exchange, 400, "{\"error\":{\"message\":\"a multipart form is expected\"}}");
                return;
            }
            requests.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    parts(body.readAllBytes(), boundary.group(1))));
            if (hanging) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            respond(exchange, status, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The parts of a multipart body, read byte for byte (ISO-8859-1 keeps every byte as one character). */
    private static Map<String, Part> parts(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (!text.endsWith("--" + boundary + "--\r\n")) {
            throw new IllegalStateException("the form is not closed by its boundary");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        for (String section : text.split("--" + Pattern.quote(boundary) + "(--)?\r\n")) {
            if (section.isEmpty()) {
                continue;
            }
            int headersEnd = section.indexOf("\r\n\r\n");
            String headers = section.substring(0, headersEnd);
            String content = section.substring(headersEnd + 4, section.length() - 2);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                throw new IllegalStateException("a part without a name: " + headers);
            }
            parts.put(name.group(1), new Part(headers, content.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
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
