package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bot through the Rasa-compatible webhook and the native API, on the demo corpus: small talk, a sourced answer,
 * emergencies, a request for a person after which the bot stays silent, and bad input refused with problem+json.
 */
class AssistantOverHttpIT extends PackagedEarClient {

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(application());
        TestServer.awaitDemoCorpus(http.base());
    }

    @Test
    void aGreetingIsAnsweredBrieflyOnTheSameConversationForTheSameSender() throws Exception {
        String sender = "it-" + UUID.randomUUID();

        JsonArray first = rasa(sender, "Bonjour !");
        JsonArray second = rasa(sender, "merci beaucoup");

        assertEquals(1, first.size());
        JsonObject reply = first.getJsonObject(0);
        assertEquals(sender, reply.getString("recipient_id"));
        assertFalse(reply.getString("text").isBlank());
        assertEquals("NONE", reply.getJsonObject("custom").getString("handoff"));
        assertEquals(reply.getJsonObject("custom").getInt("conversationId"),
                second.getJsonObject(0).getJsonObject("custom").getInt("conversationId"), "one sender, one conversation");
    }

    @Test
    void aLostIdCardQuestionAsksWhoseCardItIsThenAnswersFromThatFicheAndFollowsUp() throws Exception {
        String sender = "it-" + UUID.randomUUID();

        JsonObject asked = rasa(sender, "j'ai perdu ma carte d'identité").getJsonObject(0);
        assertEquals(Set.of("Pour un majeur", "Pour un mineur"), titlesOf(asked), asked.toString());
        assertEquals(Set.of("F1344", "F1153"), Set.copyOf(sourceIds(asked)));
        assertNotEquals("QUEUED", asked.getJsonObject("custom").getString("handoff"));

        JsonObject forAnAdult = rasa(sender, payloadOf(asked, "Pour un majeur")).getJsonObject(0);
        assertTrue(sourceIds(forAnAdult).stream().allMatch("F1344"::equals), forAnAdult.toString());
        assertEquals(Set.of("En France", "À l'étranger"), titlesOf(forAnAdult), "the adult's fiche has two situations");

        JsonObject inFrance = rasa(sender, payloadOf(forAnAdult, "En France")).getJsonObject(0);
        assertTrue(inFrance.getString("text").startsWith("D'après « Carte d'identité d'un majeur : en cas de perte »"),
                inFrance.toString());
        assertTrue(sourceIds(inFrance).stream().allMatch("F1344"::equals), inFrance.toString());

        JsonObject forAMinor = rasa(sender, "et pour un mineur ?").getJsonObject(0);
        assertTrue(forAMinor.getString("text").startsWith("D'après « Carte nationale d'identité d'un mineur : en cas de perte »"),
                forAMinor.toString());
        assertTrue(sourceIds(forAMinor).stream().allMatch("F1153"::equals), forAMinor.toString());
        assertTrue(forAMinor.getJsonArray("buttons").isEmpty(), "still in France: " + forAMinor);
    }

    @Test
    void theNativeApiKeepsTheChoicesOfferedAndTheCitizensRating() throws Exception {
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}"));
        String path = "/api/conversations/" + opened.getInt("id");
        String bearer = "Bearer " + opened.getString("accessToken");

        JsonArray messages = Http.object(http.postJson(path + "/messages", "{\"text\":\"j'ai perdu ma carte d'identité\"}",
                "Authorization", bearer)).getJsonArray("messages");
        JsonObject answer = messages.getJsonObject(messages.size() - 1);
        HttpResponse<String> rated = http.putJson(path + "/messages/" + answer.getJsonNumber("id").longValue() + "/rating",
                "{\"useful\": false}", "Authorization", bearer);
        HttpResponse<String> ratingTheCitizen = http.putJson(path + "/messages/"
                + messages.getJsonObject(messages.size() - 2).getJsonNumber("id").longValue() + "/rating",
                "{\"useful\": true}", "Authorization", bearer);
        HttpResponse<String> notABoolean = http.putJson(path + "/messages/" + answer.getJsonNumber("id").longValue()
                + "/rating", "{\"useful\": \"bof\"}", "Authorization", bearer);

        assertEquals(Set.of("Pour un majeur", "Pour un mineur"), answer.getJsonArray("choices")
                .getValuesAs(JsonObject.class).stream().map(choice -> choice.getString("payload")).collect(Collectors.toSet()));
        assertEquals(204, rated.statusCode(), rated.body());
        assertEquals(404, ratingTheCitizen.statusCode(), "only the bot's answers are rated");
        assertEquals(400, notABoolean.statusCode(), notABoolean.body());
        JsonArray reread = Http.object(http.get(path, "Authorization", bearer)).getJsonArray("messages");
        assertEquals("NOT_USEFUL", reread.getJsonObject(reread.size() - 1).getString("rating"));
    }

    @Test
    void anEmergencyGetsTheNumbersAtOnceAndIsQueuedForAPerson() throws Exception {
        JsonObject reply = rasa("it-" + UUID.randomUUID(), "ma mère est tombée et elle ne se relève pas").getJsonObject(0);

        assertTrue(reply.getString("text").contains("15"), reply.getString("text"));
        assertTrue(reply.getString("text").contains("112"), reply.getString("text"));
        assertEquals("QUEUED", reply.getJsonObject("custom").getString("handoff"));
    }

    @Test
    void afterAskingForAPersonTheBotStaysSilent() throws Exception {
        String sender = "it-" + UUID.randomUUID();

        JsonObject handedOver = rasa(sender, "je veux parler à un conseiller").getJsonObject(0);
        JsonArray later = rasa(sender, "comment refaire mon passeport ?");

        assertEquals("QUEUED", handedOver.getJsonObject("custom").getString("handoff"));
        assertTrue(later.isEmpty(), "the bot does not answer over a person: " + later);
    }

    @Test
    void theNativeApiAnswersToo() throws Exception {
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}"));
        String bearer = "Bearer " + opened.getString("accessToken");

        HttpResponse<String> sent = http.postJson("/api/conversations/" + opened.getInt("id") + "/messages",
                "{\"text\":\"passeport perdu\"}", "Authorization", bearer);

        assertEquals(202, sent.statusCode(), sent.body());
        JsonArray messages = Http.object(sent).getJsonArray("messages");
        JsonObject last = messages.getJsonObject(messages.size() - 1);
        assertEquals("BOT", last.getString("author"));
        assertFalse(last.getJsonArray("sources").isEmpty(), last.toString());
    }

    @Test
    void badInputIsRefusedWithAProblemDocument() throws Exception {
        for (String body : List.of("{\"sender\": ", "[]", "{\"message\":\"bonjour\"}", "{\"sender\":\"x\",\"message\":42}",
                "{\"sender\":\"x\",\"message\":\"" + "a".repeat(2001) + "\"}")) {
            HttpResponse<String> refused = http.postJson("/webhooks/rest/webhook", body);
            assertEquals(400, refused.statusCode(), body);
            assertEquals("application/problem+json;charset=UTF-8", refused.headers().firstValue("Content-Type").orElse(""), body);
        }
    }

    private static Set<String> titlesOf(JsonObject rasaMessage) {
        return rasaMessage.getJsonArray("buttons").getValuesAs(JsonObject.class).stream()
                .map(button -> button.getString("title")).collect(Collectors.toSet());
    }

    private static String payloadOf(JsonObject rasaMessage, String title) {
        return rasaMessage.getJsonArray("buttons").getValuesAs(JsonObject.class).stream()
                .filter(button -> button.getString("title").equals(title)).findFirst().orElseThrow()
                .getString("payload");
    }

    private static List<String> sourceIds(JsonObject rasaMessage) {
        return rasaMessage.getJsonObject("custom").getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .map(source -> source.getString("sourceId")).toList();
    }

    private JsonArray rasa(String sender, String message) throws Exception {
        HttpResponse<String> response = http.postJson("/webhooks/rest/webhook", jakarta.json.Json.createObjectBuilder()
                .add("sender", sender).add("message", message).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).asJsonArray();
    }
}
