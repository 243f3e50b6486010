package fr.suresnes.contactcenter.channel.rasa;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Rasa REST channel, so that existing Rasa web-chat clients work unchanged: {"sender","message"} in, the list of
 * bot messages out, with the cited sources, the hand-off state and the conversation in "custom". One sender is one
 * conversation. A thin adapter: the dialog belongs to {@link Assistant}.
 */
@WebServlet("/webhooks/rest/webhook")
public class RasaWebhookServlet extends HttpServlet {

    static final int MAX_SENDER_LENGTH = 200;
    /** looked up once: {@code Json.create…} looks the provider up on every call */
    private static final JsonProvider JSON = JsonProvider.provider();
    static final int MAX_MESSAGE_LENGTH = 2000;

    @Inject
    Assistant assistant;

    /** Only POST, and a problem document rather than the server's HTML page for any other method. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            ProblemWriter.write(response, 405, "Méthode non permise", "Ce canal n'accepte que POST.");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!readableAsJson(request.getContentType())) {
            ProblemWriter.write(response, 415, "Type de contenu non pris en charge",
                    "Le corps doit être du JSON (Content-Type: application/json).");
            return;
        }
        JsonObject body;
        try {
            body = read(request);
        } catch (JsonException | ClassCastException malformed) {
            ProblemWriter.write(response, 400, "Requête illisible",
                    "Le corps doit être un objet JSON {\"sender\": \"…\", \"message\": \"…\"}.");
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

    /** The body is small: CitizenBodySizeFilter, mapped on /webhooks/*, refuses it beyond 16 KiB. */
    private static JsonObject read(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return JSON.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        }
    }

    /**
     * JSON, or no type, or text/plain: Rasa reads the body as JSON whatever its type, and a browser posting a string
     * without saying its type sends text/plain. Forms, XML and the rest are refused.
     */
    private static boolean readableAsJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json") || type.equals("text/plain");
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String toRasa(String sender, BotTurn turn) {
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (BotTurn.Reply reply : turn.replies()) {
            JsonArrayBuilder buttons = JSON.createArrayBuilder();
            reply.choices().forEach(choice -> buttons.add(JSON.createObjectBuilder()
                    .add("title", choice.title()).add("payload", choice.payload())));
            JsonArrayBuilder sources = JSON.createArrayBuilder();
            reply.sources().forEach(source -> sources.add(withNullable(JSON.createObjectBuilder()
                    .add("documentId", source.getDocumentId() == null ? 0 : source.getDocumentId())
                    .add("title", source.getTitle()), source.getSourceId(), source.getSection(), source.getUrl())));
            messages.add(JSON.createObjectBuilder()
                    .add("recipient_id", sender)
                    .add("text", reply.text())
                    .add("buttons", buttons)
                    .add("custom", JSON.createObjectBuilder()
                            .add("sources", sources)
                            .add("handoff", turn.handoff().name())
                            .add("conversationId", turn.conversationId())));
        }
        return messages.build().toString();
    }

    private static JsonObjectBuilder withNullable(JsonObjectBuilder source, String sourceId, String section, String url) {
        source.add("sourceId", sourceId == null ? JsonValue.NULL : JSON.createValue(sourceId));
        source.add("section", section == null ? JsonValue.NULL : JSON.createValue(section));
        source.add("url", url == null ? JsonValue.NULL : JSON.createValue(url));
        return source;
    }
}
