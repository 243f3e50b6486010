package fr.suresnes.contactcenter.it.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A small HTTP client with its own cookie jar: one instance is one browser or one API client. */
public final class Http {

    private final URI base;
    private final HttpClient client;

    public Http(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    /** A GET whose answer is binary, such as audio. */
    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> putJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A streamed response, such as server-sent events, read line by line as it comes. */
    HttpResponse<Stream<String>> lines(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** A POST of any type: {@code body} is {@code ofInputStream(…)} for a chunked body, of unknown length. */
    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", contentType).POST(body).build());
    }

    HttpResponse<String> options(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postFile(String path, String fileName, byte[] content, String... headers)
            throws IOException, InterruptedException {
        return postMultipart(path, Map.of(), "file", fileName, "application/octet-stream", content, headers);
    }

    /** A multipart form: text fields, then one file. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                       String contentType, byte[] content, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----contactcenter" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType)
                .append("\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(
                        head.toString().getBytes(StandardCharsets.UTF_8), content, tail))).build());
    }

    /** A WebSocket opened with this client's cookies, as a browser's page opens one. */
    java.util.concurrent.CompletableFuture<java.net.http.WebSocket> webSocket(String path, java.net.http.WebSocket.Listener listener) {
        return client.newWebSocketBuilder().buildAsync(URI.create(base.resolve(path).toString().replaceFirst("^http", "ws")),
                listener);
    }

    /** A browser that went through the portal's form login. */
    public static Http loggedIn(URI base, String user, String password) throws IOException, InterruptedException {
        Http browser = new Http(base);
        browser.get("/agent/");
        HttpResponse<String> portal = browser.postForm("/j_security_check", Map.of("j_username", user, "j_password", password));
        if (portal.statusCode() != 200 || portal.body().contains("j_security_check")) {
            throw new IllegalStateException("login of " + user + " failed: " + portal.statusCode());
        }
        return browser;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
