package fr.suresnes.contactcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookCitizenTest {

    private static final String ANSWERED = "[{\"recipient_id\":\"c\",\"text\":\"D'après…\",\"buttons\":[],"
            + "\"custom\":{\"sources\":[{\"documentId\":1,\"sourceId\":\"F1\"}],\"handoff\":\"NONE\",\"conversationId\":7}}]";
    private static final String SITUATION = "[{\"recipient_id\":\"c\",\"text\":\"Votre situation :\",\"buttons\":["
            + "{\"title\":\"Pour un majeur\",\"payload\":\"Pour un majeur\"},{\"title\":\"Pour un mineur\",\"payload\":\"Pour un mineur\"}],"
            + "\"custom\":{\"sources\":[],\"handoff\":\"NONE\",\"conversationId\":7}}]";
    private static final String NOT_SURE = "[{\"recipient_id\":\"c\",\"text\":\"Je ne suis pas sûr…\",\"buttons\":["
            + "{\"title\":\"Parler à un conseiller\",\"payload\":\"conseiller\"}],\"custom\":{\"sources\":[],\"handoff\":\"OFFERED\",\"conversationId\":7}}]";
    private static final String HANDED_OVER = "[{\"recipient_id\":\"c\",\"text\":\"Un conseiller…\",\"buttons\":[],"
            + "\"custom\":{\"sources\":[],\"handoff\":\"QUEUED\",\"conversationId\":7}}]";

    private final WebhookCitizen citizen = new WebhookCitizen(URI.create("http://localhost/webhooks/rest/webhook"), "c",
            List.of("q0", "q1", "q2", "q3", "q4", "q5"), 1);

    @Test
    void asksItsQuestionsInTurnPressesTheSituationButtonAndNeverTheAdvisors() {
        assertSent("c-1", "q1");
        citizen.readReplies(SITUATION);
        assertSent("c-1", "Pour un majeur");
        citizen.readReplies(NOT_SURE);
        assertSent("c-1", "q2");
        citizen.readReplies(ANSWERED);
        assertEquals(Map.of(BotOutcome.Kind.ASKED_SITUATION, 1, BotOutcome.Kind.NOT_SURE, 1, BotOutcome.Kind.ANSWERED, 1),
                citizen.replies());
    }

    @Test
    void opensANewConversationAfterFourMessagesOrAHandOff() {
        for (int turn = 0; turn < WebhookCitizen.TURNS_PER_CONVERSATION; turn++) {
            citizen.nextBody();
            citizen.readReplies(ANSWERED);
        }
        assertSent("c-2", "q5");
        citizen.readReplies(HANDED_OVER);
        assertSent("c-3", "q0");
        assertEquals(3, citizen.conversations());
    }

    private void assertSent(String sender, String message) {
        JsonObject body = Json.createReader(new StringReader(citizen.nextBody())).readObject();
        assertEquals(sender, body.getString("sender"));
        assertEquals(message, body.getString("message"));
    }
}
