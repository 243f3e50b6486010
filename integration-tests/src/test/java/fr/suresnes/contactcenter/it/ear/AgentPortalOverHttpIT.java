package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The agent's workspace in the portal, on the demo corpus, as a browser uses it: the live queue and conversation
 * pages told of changes over their WebSockets, the conversation page with the transcript escaped, the bot's sources
 * and the AI assist, claiming (the second agent gets a French message), replying, closing, and the pages each role
 * may open.
 */
class AgentPortalOverHttpIT extends PackagedEarClient {

    /** what Faces sends on a socket for {@code PushContext.send("changed")} */
    private static final String CHANGED = "{\"data\":\"changed\"}";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    URI base;
    Http citizen;

    @BeforeEach
    void client() throws Exception {
        base = application();
        citizen = new Http(base);
        TestServer.awaitDemoCorpus(base);
    }

    @Test
    void theConversationPageShowsTheTranscriptEscapedTheBotsSourcesAndTheAssist() throws Exception {
        CitizenConversation conversation = open();
        conversation.write("j'ai perdu ma carte d'identité");
        conversation.write("<script>alert('xss')</script> Où en est mon dossier n° DEM-2024-0456 ? Joignable au 06 12 34 56 78.");
        conversation.askForAPerson();

        String page = Http.loggedIn(base, "agent1", TestServer.PASSWORD).get(conversation.page()).body();

        assertTrue(page.contains("&lt;script&gt;alert("), "citizen text is shown as text");
        assertFalse(page.contains("<script>alert("), "citizen text never runs in the portal");
        assertTrue(page.contains("href=\"https://www.service-public.fr/particuliers/vosdroits/F1344\""),
                "the bot's answer links its sources");
        assertTrue(page.contains("id=\"status:claim\""), "a waiting conversation can be claimed");
        String assist = between(page, "id=\"assist-title\"", "id=\"search\"");
        assertTrue(assist.contains("DEM-2024-0456") && assist.contains("06 12 34 56 78"), "entities found: " + assist);
        assertTrue(assist.contains("État civil et papiers"), "topic detected: " + assist);
        assertTrue(assist.contains("dossier"), "why it came to a person: " + assist);
        String drafts = between(assist, "id=\"drafts\"", "Chercher");
        assertTrue(drafts.contains("id=\"insert-draft-0\""), "a reply is suggested: " + drafts);
        assertTrue(drafts.contains("Pour un majeur") && drafts.contains("vosdroits/F1344"),
                "one suggestion per situation, with its source: " + drafts);
    }

    @Test
    void oneAgentClaimsTheOtherIsToldInFrenchThenTheHolderRepliesAndCloses() throws Exception {
        CitizenConversation conversation = open();
        conversation.write("Je veux parler à un conseiller");
        Portal first = new Portal(Http.loggedIn(base, "agent1", TestServer.PASSWORD), conversation.page());
        Portal second = new Portal(Http.loggedIn(base, "agent2", TestServer.PASSWORD), conversation.page());

        String claimed = first.submit("status", Map.of("status:claim", "Prendre la conversation"));
        String tooLate = second.submit("status", Map.of("status:claim", "Prendre la conversation"));

        assertTrue(claimed.contains("Vous avez pris la conversation"), claimed);
        assertTrue(claimed.contains("id=\"reply:text\""), "the holder can reply");
        assertTrue(tooLate.contains("Cette conversation n'attend plus de conseiller"), tooLate);
        assertFalse(tooLate.contains("id=\"reply:text\""), "the other agent cannot");
        String refused = second.post("reply", Map.of("reply:text", "je réponds quand même", "reply:send", "Envoyer"));
        assertFalse(conversation.read().contains("je réponds quand même"), "a reply form forged by another agent is refused: "
                + refused.length());

        String sent = first.submit("reply", Map.of("reply:text", "Bonjour, je regarde votre demande.", "reply:send", "Envoyer"));
        assertTrue(sent.contains("Réponse envoyée"), sent);
        String withoutCode = first.submit("handling", Map.of("handling:wrapUp", "", "handling:note", "", "handling:close", "Clore la conversation"));
        assertTrue(withoutCode.contains("Choisissez un code de clôture"), withoutCode);
        String closed = first.submit("handling", Map.of("handling:wrapUp", "INFORMATION_DONNEE",
                "handling:note", "Information donnée par le chat", "handling:close", "Clore la conversation"));
        assertTrue(closed.contains("Conversation close."), closed);

        String transcript = conversation.read();
        assertTrue(transcript.contains("Bonjour, je regarde votre demande."), transcript);
        assertTrue(transcript.contains("\"state\":\"CLOSED\""), transcript);
    }

    @Test
    void theQueuePageAndTheConversationPageAreToldOfChangesOverTheirWebSockets() throws Exception {
        Http agent = Http.loggedIn(base, "agent1", TestServer.PASSWORD);
        Frames queue = Frames.listen(agent, pushPath(agent.get("/agent/").body(), "queue"));

        CitizenConversation conversation = open();
        conversation.write("Je veux parler à un conseiller");
        assertEquals(CHANGED, queue.next(), "a conversation entered a queue");

        Portal page = new Portal(agent, conversation.page());
        Frames watched = Frames.listen(agent, pushPath(page.html(), "conversation"));
        conversation.write("Je précise : c'est pour un acte de naissance.");
        assertEquals(CHANGED, watched.next(), "the citizen wrote in the conversation shown");

        page.submit("status", Map.of("status:claim", "Prendre la conversation"));
        assertEquals(CHANGED, queue.next(), "the conversation left the queue");

        ExecutionException anonymous = assertThrows(ExecutionException.class,
                () -> new Http(base).webSocket(pushPath(agent.get("/agent/").body(), "queue"), new Frames()).get(10, TimeUnit.SECONDS));
        assertNotNull(anonymous.getCause(), "the portal's sockets are for logged-in staff only");
    }

    @Test
    void theAgentSetsTheirPresence() throws Exception {
        Portal home = new Portal(Http.loggedIn(base, "agent2", TestServer.PASSWORD), "/agent/");

        String busy = home.submit("presence", Map.of("presence:busy", "Occupé"));

        assertTrue(busy.contains("id=\"presence:current\" class=\"current\">Occupé"), busy);
        assertTrue(home.submit("presence", Map.of("presence:available", "Disponible"))
                .contains("id=\"presence:current\" class=\"current\">Disponible"));
    }

    @Test
    void agentsCannotOpenSupervisionOrAdministrationPagesSupervisorsWriteCannedResponsesAgentsInsertThem() throws Exception {
        Http agent = Http.loggedIn(base, "agent1", TestServer.PASSWORD);
        Http supervisor = Http.loggedIn(base, "supervisor", TestServer.PASSWORD);

        assertEquals(403, agent.get("/agent/supervision/canned-responses.xhtml").statusCode());
        assertEquals(403, agent.get("/agent/admin/documents.xhtml").statusCode());
        assertEquals(403, supervisor.get("/agent/admin/documents.xhtml").statusCode());
        HttpResponse<String> supervision = supervisor.get("/agent/supervision/canned-responses.xhtml");
        assertEquals(200, supervision.statusCode());
        assertTrue(supervision.body().contains("Demande de précision"), "the canned responses shipped with V6");

        String title = "Horaires de la mairie " + System.nanoTime();
        String saved = new Portal(supervisor, "/agent/supervision/canned-responses.xhtml").submit("canned",
                Map.of("canned:title", title, "canned:body", "La mairie est ouverte du lundi au vendredi.", "canned:save", "Enregistrer"));
        assertTrue(saved.contains("Réponse type ajoutée."), saved);

        CitizenConversation conversation = open();
        conversation.write("Je veux parler à un conseiller");
        Portal holder = new Portal(agent, conversation.page());
        String held = holder.submit("status", Map.of("status:claim", "Prendre la conversation"));
        assertTrue(held.contains(title) && held.contains("data-insert=\"La mairie est ouverte du lundi au vendredi.\""),
                "the agent can insert it into their reply");
    }

    private CitizenConversation open() throws Exception {
        HttpResponse<String> created = citizen.postJson("/api/conversations", "{\"channel\":\"WEB_CHAT\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject opened = Http.object(created);
        return new CitizenConversation(opened.getInt("id"), "Bearer " + opened.getString("accessToken"));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** The WebSocket URL a portal page's {@code <f:websocket>} connects to. */
    private static String pushPath(String page, String channel) {
        Matcher url = Pattern.compile("/jakarta\\.faces\\.push/" + channel + "\\?[\\w-]+").matcher(page);
        assertTrue(url.find(), "the page opens the " + channel + " socket");
        return url.group();
    }

    private final class CitizenConversation {
        private final int id;
        private final String bearer;

        CitizenConversation(int id, String bearer) {
            this.id = id;
            this.bearer = bearer;
        }

        void write(String text) throws Exception {
            HttpResponse<String> sent = citizen.postJson("/api/conversations/" + id + "/messages",
                    jakarta.json.Json.createObjectBuilder().add("text", text).build().toString(), "Authorization", bearer);
            assertEquals(202, sent.statusCode(), sent.body());
        }

        void askForAPerson() throws Exception {
            HttpResponse<String> asked = citizen.postJson("/api/conversations/" + id + "/handoff", "", "Authorization", bearer);
            assertEquals(200, asked.statusCode(), asked.body());
        }

        String read() throws Exception {
            return citizen.get("/api/conversations/" + id, "Authorization", bearer).body();
        }

        String page() {
            return "/agent/conversation.xhtml?id=" + id;
        }
    }

    /** A portal page in a browser: its forms posted back as a browser without JavaScript does. */
    private static final class Portal {
        private final Http browser;
        private final String path;
        private String viewState;
        private String html;

        Portal(Http browser, String path) throws Exception {
            this.browser = browser;
            this.path = path;
            remember(browser.get(path).body());
        }

        String html() {
            return html;
        }

        /** Posts the form and expects the page back. */
        String submit(String form, Map<String, String> fields) throws Exception {
            String page = post(form, fields);
            remember(page);
            return page;
        }

        String post(String form, Map<String, String> fields) throws Exception {
            Map<String, String> posted = new LinkedHashMap<>(fields);
            posted.put(form, form);
            posted.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> response = browser.postForm(path, posted);
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }

        private void remember(String page) {
            html = page;
            Matcher state = VIEW_STATE.matcher(page);
            assertTrue(state.find(), "the page carries its view state");
            viewState = state.group(1).replace("&#58;", ":");
        }
    }

    /** The text frames a WebSocket receives. */
    private static final class Frames implements WebSocket.Listener {
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        static Frames listen(Http client, String path) throws Exception {
            Frames frames = new Frames();
            client.webSocket(path, frames).get(10, TimeUnit.SECONDS);
            return frames;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            received.add(data.toString());
            socket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String frame = received.poll(15, TimeUnit.SECONDS);
            assertNotNull(frame, "nothing pushed within 15 s");
            return frame;
        }
    }
}
