package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A citizen writing to the bot through the Rasa REST webhook, with a sender ID of their own per conversation: they
 * ask the questions of their list in turn, press the first situation button when the bot asks their situation (never
 * « Parler à un conseiller »), and start a new conversation after {@link #TURNS_PER_CONVERSATION} messages or as soon
 * as the bot hands them over to a person (it is silent from then on).
 */
final class WebhookCitizen implements SimulatedClient {

    static final int TURNS_PER_CONVERSATION = 4;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI webhook;
    private final String name;
    private final List<String> questions;
    private final Map<BotOutcome.Kind, Integer> replies = new EnumMap<>(BotOutcome.Kind.class);
    private int nextQuestion;
    private int conversations;
    private int turnsInConversation;
    private boolean handedOver;
    private String buttonToPress;

    /** @param firstQuestion where this citizen starts in the list, so that citizens do not ask in step */
    WebhookCitizen(URI webhook, String name, List<String> questions, int firstQuestion) {
        this.webhook = webhook;
        this.name = name;
        this.questions = questions;
        this.nextQuestion = firstQuestion;
    }

    @Override
    public HttpRequest nextRequest() {
        return HttpRequest.newBuilder(webhook).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(nextBody())).build();
    }

    /** The next message, as the webhook's JSON body. */
    String nextBody() {
        if (conversations == 0 || turnsInConversation == TURNS_PER_CONVERSATION || handedOver) {
            conversations++;
            turnsInConversation = 0;
            handedOver = false;
            buttonToPress = null;
        }
        turnsInConversation++;
        String message = buttonToPress != null ? buttonToPress : questions.get(nextQuestion++ % questions.size());
        buttonToPress = null;
        return Json.createObjectBuilder().add("sender", name + "-" + conversations).add("message", message).build().toString();
    }

    @Override
    public void read(HttpResponse<String> response) {
        readReplies(response.body());
    }

    /** Reads the webhook's JSON reply: the kinds of the bot's messages, a button to press, a hand-off. */
    void readReplies(String body) {
        JsonArray messages;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            messages = reader.readArray();
        }
        if (messages.isEmpty()) {
            replies.merge(BotOutcome.Kind.NOT_A_QUESTION, 1, Integer::sum);
            return;
        }
        for (JsonValue value : messages) {
            JsonObject message = value.asJsonObject();
            JsonObject custom = message.getJsonObject("custom");
            String handoff = custom.getString("handoff");
            handedOver |= handoff.equals("QUEUED") || handoff.equals("WITH_AGENT");
            List<String> payloads = message.getJsonArray("buttons").stream()
                    .map(button -> button.asJsonObject().getString("payload")).toList();
            BotOutcome.Kind kind;
            if (payloads.contains(Assistant.ADVISOR_PAYLOAD)) {
                kind = BotOutcome.Kind.NOT_SURE;
            } else if (!payloads.isEmpty()) {
                kind = BotOutcome.Kind.ASKED_SITUATION;
                buttonToPress = payloads.get(0);
            } else {
                kind = custom.getJsonArray("sources").isEmpty() ? BotOutcome.Kind.NOT_A_QUESTION : BotOutcome.Kind.ANSWERED;
            }
            replies.merge(kind, 1, Integer::sum);
        }
    }

    /** The bot's replies this citizen read, by kind. */
    Map<BotOutcome.Kind, Integer> replies() {
        return replies;
    }

    int conversations() {
        return conversations;
    }
}
