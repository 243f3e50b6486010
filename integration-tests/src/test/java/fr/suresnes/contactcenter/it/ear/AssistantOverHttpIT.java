package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bot through the Rasa-compatible webhook and the native API, on the demo corpus: small talk, a sourced answer,
 * emergencies, a request for a person after which the bot stays silent, and bad input refused with problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssistantOverHttpIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }

    @ArquillianResource
    ManagementClient management;

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(TestServer.application(management));
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
    void aLostIdCardQuestionGetsAnAnswerFromTheFichesWithItsSourcesOrTheSituationToChoose() throws Exception {
        JsonObject reply = rasa("it-" + UUID.randomUUID(), "j'ai perdu ma carte d'identité").getJsonObject(0);

        JsonArray sources = reply.getJsonObject("custom").getJsonArray("sources");
        JsonArray buttons = reply.getJsonArray("buttons");
        assertFalse(sources.isEmpty() && buttons.isEmpty(), reply.toString());
        List<String> cited = sources.getValuesAs(JsonObject.class).stream().map(s -> s.getString("sourceId")).toList();
        assertTrue(cited.stream().anyMatch(id -> List.of("F1344", "F1153", "F1341", "F1342").contains(id)), reply.toString());
        assertNotEquals("QUEUED", reply.getJsonObject("custom").getString("handoff"));
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

    private JsonArray rasa(String sender, String message) throws Exception {
        HttpResponse<String> response = http.postJson("/webhooks/rest/webhook", jakarta.json.Json.createObjectBuilder()
                .add("sender", sender).add("message", message).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).asJsonArray();
    }
}
