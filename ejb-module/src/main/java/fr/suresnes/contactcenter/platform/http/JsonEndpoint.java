package fr.suresnes.contactcenter.platform.http;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One operation of a JSON API over HTTP, such as the OpenAI-compatible services (Albert, Mistral, vLLM, Ollama…):
 * a JSON body or a multipart form is POSTed, with a bearer token when the service needs one, and the JSON of a 200
 * answer comes back. Thread-safe.
 */
public final class JsonEndpoint {

    private static final int MAX_MESSAGE_LENGTH = 300;

    private final String serviceName;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param serviceName what the service is, at the start of error messages, such as "Embeddings service"
     * @param baseUrl     the API root as the service documents it, such as {@code http://localhost:11434/v1}, or
     *                    already the operation's full address
     * @param operation   the operation's path under the root, such as {@code /embeddings}
     * @param apiKey      sent as a bearer token; null or blank when the service needs none
     * @param timeout     for connecting, then for each request's answer
     */
    public JsonEndpoint(String serviceName, URI baseUrl, String operation, String apiKey, Duration timeout) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.serviceName = serviceName;
        this.endpoint = URI.create(base.endsWith(operation) ? base : base + operation);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.timeout = timeout;
        // HTTP/1.1: some servers mishandle the HTTP/2 upgrade the client would otherwise attempt over plain http
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The body of the service's 200 answer to {@code json}. */
    public String post(String json) {
        return post("application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    /** The body of the service's 200 answer to {@code form}, sent as {@code multipart/form-data}. */
    public String post(MultipartForm form) {
        return post(form.contentType(), HttpRequest.BodyPublishers.ofByteArray(form.body()));
    }

    private String post(String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(body);
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new ServiceCallException(serviceName + " at " + endpoint + " answered HTTP "
                    + response.statusCode() + ": " + errorMessage(response.body()));
        }
        return response.body();
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }

    /**
     * What a service says when it refuses a request: the message of its error JSON (OpenAI, vLLM, Ollama or FastAPI
     * style), else the start of its answer.
     */
    static String errorMessage(String answer) {
        String message = answer;
        try {
            JsonObject error = Json.createReader(new StringReader(answer)).readObject();
            JsonValue detail = error.containsKey("error") ? error.get("error")
                    : error.containsKey("message") ? error.get("message") : error.get("detail");
            if (detail instanceof JsonObject nested && nested.get("message") instanceof JsonString text) {
                message = text.getString();
            } else if (detail instanceof JsonString text) {
                message = text.getString();
            } else if (detail != null) {
                message = detail.toString();
            }
        } catch (JsonException | ClassCastException e) {
            // not JSON: the answer itself is the message
        }
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH) + " …";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ServiceCallException(serviceName + " at " + endpoint + " did not answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new ServiceCallException(serviceName + " at " + endpoint + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException("Interrupted while waiting for " + serviceName + " at " + endpoint, e);
        }
    }
}
