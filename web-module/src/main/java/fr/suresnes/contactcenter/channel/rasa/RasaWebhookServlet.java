package fr.suresnes.contactcenter.channel.rasa;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The Rasa REST channel, so that existing Rasa web-chat clients work unchanged: {"sender","message"} in, the list of
 * bot messages out, with the cited sources, the hand-off state and the conversation in "custom". One sender is one
 * conversation. A thin adapter: the dialog belongs to {@link Assistant}.
 */
@WebServlet("/webhooks/rest/webhook")
public class RasaWebhookServlet extends HttpServlet {

    static final int MAX_BODY_BYTES = 16_384;
    static final int MAX_SENDER_LENGTH = 200;
    static final int MAX_MESSAGE_LENGTH = 2000;

    @Inject
    Assistant assistant;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try {
            body = read(request);
        } catch (JsonException | ClassCastException | IllegalStateException malformed) {
            ProblemWriter.write(response, 400, "Requête illisible",
                    "Le corps doit être un objet JSON {\"sender\": \"…\", \"message\": \"…\"} de 16 Ko au plus.");
            return;
        }
        String sender = text(body, "sender");
        String message = text(body, "message");
        if (sender == null || sender.isBlank() || sender.length() > MAX_SENDER_LENGTH) {
            ProblemWriter.write(response, 400, "Requête invalide",
                    "sender : une chaîne non vide de " + MAX_SENDER_LENGTH + " caractères au plus est attendue.");
            return;
        }
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE_LENGTH) {
            ProblemWriter.write(response, 400, "Requête invalide",
                    "message : un texte non vide de " + MAX_MESSAGE_LENGTH + " caractères au plus est attendu.");
            return;
        }
        BotTurn turn = assistant.hearFromSender(Channel.WEB_CHAT, sender, message);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(toRasa(sender, turn));
    }

    private static JsonObject read(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IllegalStateException("body too large");
            }
            return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
        }
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String toRasa(String sender, BotTurn turn) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (BotTurn.Reply reply : turn.replies()) {
            JsonArrayBuilder buttons = Json.createArrayBuilder();
            reply.choices().forEach(choice -> buttons.add(Json.createObjectBuilder()
                    .add("title", choice.title()).add("payload", choice.payload())));
            JsonArrayBuilder sources = Json.createArrayBuilder();
            reply.sources().forEach(source -> sources.add(withNullable(Json.createObjectBuilder()
                    .add("documentId", source.getDocumentId() == null ? 0 : source.getDocumentId())
                    .add("title", source.getTitle()), source.getSourceId(), source.getSection(), source.getUrl())));
            messages.add(Json.createObjectBuilder()
                    .add("recipient_id", sender)
                    .add("text", reply.text())
                    .add("buttons", buttons)
                    .add("custom", Json.createObjectBuilder()
                            .add("sources", sources)
                            .add("handoff", turn.handoff().name())
                            .add("conversationId", turn.conversationId())));
        }
        return messages.build().toString();
    }

    private static JsonObjectBuilder withNullable(JsonObjectBuilder source, String sourceId, String section, String url) {
        source.add("sourceId", sourceId == null ? JsonValue.NULL : Json.createValue(sourceId));
        source.add("section", section == null ? JsonValue.NULL : Json.createValue(section));
        source.add("url", url == null ? JsonValue.NULL : Json.createValue(url));
        return source;
    }
}
