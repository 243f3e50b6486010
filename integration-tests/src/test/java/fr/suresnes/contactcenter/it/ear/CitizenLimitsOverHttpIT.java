package fr.suresnes.contactcenter.it.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The guards of the citizen channels on the packaged EAR: rate limits per client, the size of bodies, bad input, and
 * CORS for the chat widget embedded in the city's site.
 * <p>
 * The test server believes X-Forwarded-For from 127.0.0.1 (see the integration-tests POM): every request here says
 * it was forwarded for a client address of its own, so each test has its own budgets and none of them spends the
 * budget of 127.0.0.1, which the other test classes share.
 */
class CitizenLimitsOverHttpIT extends PackagedEarClient {

    static final int CONVERSATIONS_BUDGET = Integer.getInteger("it.rate-limit.conversations");
    static final int MESSAGES_BUDGET = Integer.getInteger("it.rate-limit.messages");
    static final String WIDGET_ORIGIN = System.getProperty("it.widget.origin");
    static final String PROBLEM = "application/problem+json";

    /** client addresses in TEST-NET-3 (RFC 5737), one per use */
    static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);

    Http http;

    @BeforeEach
    void client() {
        http = new Http(application());
    }

    @Test
    void openingConversationsBeyondTheBudgetIsRefusedWith429AndRetryAfterReadableByTheWidget() throws Exception {
        String[] client = newClient("Origin", WIDGET_ORIGIN);
        List<HttpResponse<String>> responses = new ArrayList<>();
        HttpResponse<String> last;
        do {
            last = http.postJson("/api/conversations", "{}", client);
            responses.add(last);
        } while (last.statusCode() == 201 && responses.size() <= 2 * CONVERSATIONS_BUDGET);

        assertTrue(responses.size() > CONVERSATIONS_BUDGET, "the whole burst is granted: " + responses.size());
        assertEquals(429, last.statusCode(), last.body());
        assertProblem(last, 429);
        assertEquals("Trop de requêtes", Http.object(last).getString("title"));
        assertTrue(Http.object(last).getString("detail").matches(".*réessayer dans \\d+ secondes?\\..*"), last.body());
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After: " + retryAfter);
        assertEquals(WIDGET_ORIGIN, last.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "the widget on the city's site can read the refusal");

        JsonObject opened = Http.object(responses.get(0));
        HttpResponse<String> read = http.get("/api/conversations/" + opened.getInt("id"),
                withClient(client, "Authorization", "Bearer " + opened.getString("accessToken")));
        assertEquals(200, read.statusCode(), "reading costs nothing: " + read.body());
        assertEquals(201, http.postJson("/api/conversations", "{}", newClient()).statusCode(), "another client still opens");
    }

    @Test
    void messagesBeyondTheBudgetAreRefusedOnEveryChannelAndEveryAcknowledgedMessageIsInTheTranscript() throws Exception {
        String[] client = newClient();
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}", client));
        String path = "/api/conversations/" + opened.getInt("id");
        String[] withToken = withClient(client, "Authorization", "Bearer " + opened.getString("accessToken"));
        List<String> acknowledged = new ArrayList<>();
        HttpResponse<String> last;
        String text;
        do {
            text = "Message n° " + (acknowledged.size() + 1) + " : horaires de la mairie ?";
            last = http.postJson(path + "/messages", Json.createObjectBuilder().add("text", text).build().toString(), withToken);
            if (last.statusCode() == 202) {
                acknowledged.add(text);
            }
        } while (last.statusCode() == 202 && acknowledged.size() <= 2 * MESSAGES_BUDGET);

        assertEquals(429, last.statusCode(), last.body());
        assertProblem(last, 429);
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        assertTrue(acknowledged.size() >= MESSAGES_BUDGET, "the whole burst is granted: " + acknowledged.size());
        HttpResponse<String> webhook = http.postJson("/webhooks/rest/webhook",
                "{\"sender\":\"it-limits\",\"message\":\"bonjour\"}", client);
        assertEquals(429, webhook.statusCode(), "one budget of messages per client, whatever the channel: " + webhook.body());
        assertProblem(webhook, 429);

        HttpResponse<String> transcript = http.get(path, withToken);
        assertEquals(200, transcript.statusCode(), transcript.body());
        List<String> written = Http.object(transcript).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("author").equals("CITIZEN"))
                .map(message -> message.getString("text")).toList();
        assertEquals(acknowledged, written, "every acknowledged message, once, in order; the refused one is not there");
    }

    @Test
    void agentAndAdminEndpointsAreNotLimited() throws Exception {
        String[] client = newClient();
        HttpResponse<String> last;
        int sent = 0;
        do {
            last = http.postJson("/api/conversations/0/messages", "{\"text\":\"bonjour\"}", client);
            sent++;
        } while (last.statusCode() != 429 && sent <= 2 * MESSAGES_BUDGET);
        assertEquals(429, last.statusCode(), "unanswerable messages count too: " + last.body());

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> audit = http.get("/api/admin/audit?limit=1",
                    withClient(client, "Authorization", Http.basic("admin", TestServer.PASSWORD)));
            assertEquals(200, audit.statusCode(), audit.body());
        }
    }

    @Test
    void aBodyAbove16KiBIsRefusedWith413OnBothChannelsAnnouncedOrChunked() throws Exception {
        String[] client = newClient();
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}", client));
        String messages = "/api/conversations/" + opened.getInt("id") + "/messages";
        String[] withToken = withClient(client, "Authorization", "Bearer " + opened.getString("accessToken"));
        String large = "{\"text\":\"" + "a".repeat(17 * 1024) + "\"}";
        String largeRasa = "{\"sender\":\"it-large\",\"message\":\"" + "a".repeat(17 * 1024) + "\"}";

        List<HttpResponse<String>> refused = List.of(
                http.postJson(messages, large, withToken),
                http.post(messages, "application/json", chunked(large), withToken),
                http.postJson("/webhooks/rest/webhook", largeRasa, client),
                http.post("/webhooks/rest/webhook", "application/json", chunked(largeRasa), client));

        for (HttpResponse<String> response : refused) {
            assertEquals(413, response.statusCode(), response.body());
            assertProblem(response, 413);
            assertTrue(Http.object(response).getString("detail").contains("16 Ko"), response.body());
        }
        String atTheLimit = "{\"text\":\"" + "a".repeat(16 * 1024 - 11) + "\"}";
        assertEquals(16 * 1024, atTheLimit.getBytes(StandardCharsets.UTF_8).length);
        HttpResponse<String> read = http.post(messages, "application/json", chunked(atTheLimit), withToken);
        assertEquals(400, read.statusCode(), "16 KiB are read, and the text is then too long: " + read.body());
        assertTrue(Http.object(read).getString("detail").contains("2000"), read.body());
    }

    @Test
    void malformedOrWrongTypedJsonIsRefusedWith400OnBothChannels() throws Exception {
        String[] client = newClient();
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}", client));
        String messages = "/api/conversations/" + opened.getInt("id") + "/messages";
        String[] withToken = withClient(client, "Authorization", "Bearer " + opened.getString("accessToken"));

        for (String body : List.of("{\"text\": 42}", "{\"text\": true}", "{\"text\": [\"bonjour\"]}", "[]",
                "[{\"text\":\"bonjour\"}]", "\"bonjour\"", "{\"text\": \"bonjour\"", "bonjour")) {
            HttpResponse<String> response = http.postJson(messages, body, withToken);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertProblem(response, 400);
        }
        for (String body : List.of("[]", "{\"channel\": 42}", "{\"channel\": ")) {
            HttpResponse<String> response = http.postJson("/api/conversations", body, client);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertProblem(response, 400);
        }
        for (String body : List.of("{\"sender\": 42, \"message\": \"bonjour\"}", "{\"sender\":\"it\",\"message\":[\"bonjour\"]}",
                "[{\"sender\":\"it\",\"message\":\"bonjour\"}]", "{\"sender\":", "")) {
            HttpResponse<String> response = http.postJson("/webhooks/rest/webhook", body, client);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertProblem(response, 400);
        }
    }

    @Test
    void otherContentTypesAndMethodsAreRefusedWithAProblemDocument() throws Exception {
        String[] client = newClient();
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}", client));
        String messages = "/api/conversations/" + opened.getInt("id") + "/messages";
        String[] withToken = withClient(client, "Authorization", "Bearer " + opened.getString("accessToken"));

        HttpResponse<String> xml = http.post(messages, "application/xml", text("<text>bonjour</text>"), withToken);
        HttpResponse<String> plain = http.post(messages, "text/plain", text("bonjour"), withToken);
        HttpResponse<String> form = http.post("/webhooks/rest/webhook", "application/x-www-form-urlencoded",
                text("sender=it&message=bonjour"), client);
        for (HttpResponse<String> response : List.of(xml, plain, form)) {
            assertEquals(415, response.statusCode(), response.body());
            assertProblem(response, 415);
        }
        HttpResponse<String> get = http.get("/webhooks/rest/webhook", client);
        assertEquals(405, get.statusCode(), get.body());
        assertProblem(get, 405);
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void theWidgetOnTheCitysSiteMayCallTheConversationApiAndNoOtherSiteMay() throws Exception {
        String[] client = newClient();
        HttpResponse<String> allowed = http.options("/api/conversations/12/messages", withClient(client,
                "Origin", WIDGET_ORIGIN, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type"));
        HttpResponse<String> otherSite = http.options("/api/conversations/12/messages", withClient(client,
                "Origin", "https://phishing.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type"));
        HttpResponse<String> otherHeader = http.options("/api/conversations", withClient(client,
                "Origin", WIDGET_ORIGIN, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-admin"));
        HttpResponse<String> adminApi = http.options("/api/admin/audit", withClient(client,
                "Origin", WIDGET_ORIGIN, "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization"));

        assertEquals(204, allowed.statusCode(), allowed.body());
        assertEquals(WIDGET_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(List.of("get", "post", "put"), list(allowed, "Access-Control-Allow-Methods"));
        assertEquals(List.of("authorization", "content-type"), list(allowed, "Access-Control-Allow-Headers"));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "bearer tokens, no cookies");
        assertTrue(list(allowed, "Vary").contains("origin"), allowed.headers().toString());
        for (HttpResponse<String> refused : List.of(otherSite, otherHeader, adminApi)) {
            assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), refused.headers().toString());
            assertTrue(refused.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), refused.headers().toString());
        }

        HttpResponse<String> fromTheWidget = http.postJson("/api/conversations", "{}", withClient(client, "Origin", WIDGET_ORIGIN));
        HttpResponse<String> fromAnotherSite = http.postJson("/api/conversations", "{}",
                withClient(client, "Origin", "https://phishing.example"));
        assertEquals(201, fromTheWidget.statusCode(), fromTheWidget.body());
        assertEquals(WIDGET_ORIGIN, fromTheWidget.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(list(fromTheWidget, "Access-Control-Expose-Headers").contains("retry-after"));
        assertTrue(fromAnotherSite.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "the browser keeps the answer from the other site's script");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), response.headers().toString());
        assertEquals(status, Http.object(response).getInt("status"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
        assertFalse(response.body().toLowerCase().contains("<html"), response.body());
    }

    /** The headers of a request forwarded by the test server's trusted proxy for a client address never used before. */
    private static String[] newClient(String... headers) {
        int n = NEXT_CLIENT.getAndIncrement();
        return withClient(new String[]{"X-Forwarded-For", "203.0.113." + n}, headers);
    }

    private static String[] withClient(String[] client, String... headers) {
        String[] all = new String[client.length + headers.length];
        System.arraycopy(client, 0, all, 0, client.length);
        System.arraycopy(headers, 0, all, client.length, headers.length);
        return all;
    }

    private static List<String> list(HttpResponse<String> response, String header) {
        return response.headers().allValues(header).stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(value -> value.strip().toLowerCase())
                .toList();
    }

    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
