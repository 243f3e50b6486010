package fr.suresnes.contactcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The server's knowledge imports, read with {@code GET /api/knowledge/imports} as the admin demo account. */
final class KnowledgeImports {

    private static final Duration POLL = Duration.ofSeconds(2);

    private final HttpClient http;
    private final HttpRequest imports;

    KnowledgeImports(HttpClient http, URI server, String adminPassword) {
        this.http = http;
        String credentials = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        this.imports = HttpRequest.newBuilder(server.resolve("/api/knowledge/imports")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).GET().build();
    }

    /**
     * Waits until an import run completed and none is queued or running (the server may still be starting).
     *
     * @return the newest run
     */
    JsonObject awaitCompleted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(imports, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    throw new IllegalStateException("The admin demo account was refused (" + response.statusCode()
                            + "): give the server's DEMO_PASSWORD");
                }
                if (response.statusCode() == 200) {
                    JsonArray runs = runs(response.body());
                    boolean busy = runs.stream().map(run -> run.asJsonObject().getString("state"))
                            .anyMatch(state -> state.equals("QUEUED") || state.equals("RUNNING"));
                    if (!runs.isEmpty() && !busy && runs.getJsonObject(0).getString("state").equals("COMPLETED")) {
                        return runs.getJsonObject(0);
                    }
                }
            } catch (IOException notYetListening) {
                // the server is starting
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("No completed knowledge import after " + timeout.toMinutes() + " min");
    }

    private static JsonArray runs(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonArray("runs");
        }
    }
}
