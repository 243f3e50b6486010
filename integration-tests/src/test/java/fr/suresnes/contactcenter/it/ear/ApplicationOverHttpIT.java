package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonObject;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The EAR exactly as packaged, deployed to the assembled WildFly and used over HTTP like its users do. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationOverHttpIT extends PackagedEarClient {


    Http citizen;
    URI base;

    @BeforeEach
    void client() {
        base = application();
        citizen = new Http(base);
    }

    @Test
    @Order(1)
    void theCitizenPageSaysItIsAnAutomatedServiceAndHowToReachAPerson() throws Exception {
        HttpResponse<String> page = citizen.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"fr\">"));
        assertTrue(page.body().contains("service automatisé"));
        assertTrue(page.body().contains("parler à un conseiller"));
    }

    @Test
    @Order(2)
    void theOpenApiDocumentDescribesTheConversationApi() throws Exception {
        HttpResponse<String> openapi = citizen.get("/openapi?format=JSON");

        assertEquals(200, openapi.statusCode());
        JsonObject paths = Http.object(openapi).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/conversations"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/conversations/{id}/messages"), paths.keySet().toString());
    }

    @Test
    @Order(3)
    void readinessReportsTheDatabase() throws Exception {
        HttpResponse<String> ready = citizen.get("http://" + management.getMgmtAddress() + ":" + management.getMgmtPort() + "/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Http.object(ready);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(check -> check.getString("name").equals("database") && check.getString("status").equals("UP")), ready.body());
    }

    @Test
    @Order(4)
    void aCitizenWritesAsksForAPersonAndReadsTheConversationBack() throws Exception {
        JsonObject opened = open();
        String token = opened.getString("accessToken");
        int id = opened.getInt("id");

        HttpResponse<String> sent = citizen.postJson("/api/conversations/" + id + "/messages",
                "{\"text\":\"Bonjour, je veux refaire ma carte d'identité.\"}", "Authorization", "Bearer " + token);
        assertEquals(202, sent.statusCode(), sent.body());
        HttpResponse<String> handoff = citizen.postJson("/api/conversations/" + id + "/handoff", "", "Authorization", "Bearer " + token);
        assertEquals(200, handoff.statusCode(), handoff.body());

        JsonObject conversation = Http.object(citizen.get("/api/conversations/" + id, "Authorization", "Bearer " + token));
        assertEquals("WAITING_FOR_AGENT", conversation.getString("state"));
        JsonObject greeting = conversation.getJsonArray("messages").getJsonObject(0);
        assertEquals("BOT", greeting.getString("author"));
        assertTrue(greeting.getString("text").contains("assistant automatique"), "the bot says what it is");
        assertTrue(greeting.getString("text").contains("conseiller"), "and how to reach a person");
        JsonObject written = conversation.getJsonArray("messages").stream().map(JsonObject.class::cast)
                .filter(message -> message.getString("author").equals("CITIZEN")).findFirst().orElseThrow();
        assertEquals("Bonjour, je veux refaire ma carte d'identité.", written.getString("text"));
        JsonObject last = conversation.getJsonArray("messages").getJsonObject(conversation.getJsonArray("messages").size() - 1);
        assertEquals("SYSTEM", last.getString("author"));
    }

    @Test
    @Order(5)
    void aCitizenCannotReadSomeoneElsesConversation() throws Exception {
        JsonObject mine = open();
        JsonObject theirs = open();

        HttpResponse<String> withMyToken = citizen.get("/api/conversations/" + theirs.getInt("id"),
                "Authorization", "Bearer " + mine.getString("accessToken"));
        HttpResponse<String> withoutToken = citizen.get("/api/conversations/" + theirs.getInt("id"));

        for (HttpResponse<String> refused : new HttpResponse[]{withMyToken, withoutToken}) {
            assertEquals(404, refused.statusCode());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertFalse(refused.body().contains("WEB_CHAT"), "nothing of the conversation leaks");
        }
    }

    @Test
    @Order(6)
    void badInputGetsAProblemDocumentNeverAStackTrace() throws Exception {
        JsonObject opened = open();
        String path = "/api/conversations/" + opened.getInt("id") + "/messages";
        String bearer = "Bearer " + opened.getString("accessToken");

        HttpResponse<String> malformed = citizen.postJson(path, "{\"text\": ", "Authorization", bearer);
        HttpResponse<String> wrongType = citizen.postJson(path, "{\"text\": {\"a\": 1}}", "Authorization", bearer);
        HttpResponse<String> tooLong = citizen.postJson(path, "{\"text\":\"" + "a".repeat(2001) + "\"}", "Authorization", bearer);
        HttpResponse<String> empty = citizen.postJson(path, "{\"text\":\"   \"}", "Authorization", bearer);
        HttpResponse<String> phoneChannel = citizen.postJson("/api/conversations", "{\"channel\":\"TELEPHONE\"}");
        HttpResponse<String> unknownChannel = citizen.postJson("/api/conversations", "{\"channel\":\"PIGEON\"}");

        for (HttpResponse<String> refused : new HttpResponse[]{malformed, wrongType, tooLong, empty, phoneChannel, unknownChannel}) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""), refused.body());
            JsonObject problem = Http.object(refused);
            assertEquals(400, problem.getInt("status"));
            assertFalse(refused.body().contains("Exception"), refused.body());
            assertFalse(refused.body().contains("\tat "), refused.body());
        }
        assertTrue(Http.object(tooLong).getString("detail").contains("2000"), tooLong.body());
        assertTrue(Http.object(empty).getString("detail").contains("vide"), empty.body());
    }

    @Test
    @Order(7)
    void adminEndpointsWantBasicCredentialsWithTheRightRole() throws Exception {
        HttpResponse<String> anonymous = citizen.get("/api/admin/audit");
        HttpResponse<String> wrongPassword = citizen.get("/api/admin/audit", "Authorization", Http.basic("admin", "nope"));
        HttpResponse<String> agent = new Http(base).get("/api/admin/audit", "Authorization", Http.basic("agent1", TestServer.PASSWORD));
        HttpResponse<String> admin = new Http(base).get("/api/admin/audit?limit=5", "Authorization", Http.basic("admin", TestServer.PASSWORD));

        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(403, agent.statusCode(), agent.body());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(Http.json(admin).asJsonArray().size() <= 5);
        assertTrue(admin.body().contains("CONVERSATION_OPENED"), admin.body());
    }

    @Test
    @Order(8)
    void theAgentPortalIsBehindALoginAndShowsTheQueuesWithCitizenTextEscaped() throws Exception {
        JsonObject opened = open();
        String bearer = "Bearer " + opened.getString("accessToken");
        citizen.postJson("/api/conversations/" + opened.getInt("id") + "/messages",
                "{\"text\":\"<script>alert('xss')</script> au secours\"}", "Authorization", bearer);
        citizen.postJson("/api/conversations/" + opened.getInt("id") + "/handoff", "", "Authorization", bearer);

        Http browser = new Http(base);
        HttpResponse<String> login = browser.get("/agent/");
        assertTrue(login.body().contains("j_security_check"), "the portal asks for a login first");
        assertFalse(login.body().contains("Files d'attente"));

        HttpResponse<String> refused = browser.postForm("/j_security_check", Map.of("j_username", "agent1", "j_password", "wrong"));
        assertTrue(refused.body().contains("Identifiant ou mot de passe incorrect"), refused.body());

        browser.get("/agent/");
        HttpResponse<String> portal = browser.postForm("/j_security_check", Map.of("j_username", "agent1", "j_password", TestServer.PASSWORD));
        assertEquals(200, portal.statusCode());
        assertTrue(portal.body().contains("Files d'attente"), portal.body());
        assertTrue(portal.body().contains("État civil et papiers"));
        assertTrue(portal.body().contains("&lt;script&gt;alert("), "citizen text is escaped");
        assertFalse(portal.body().contains("<script>alert("), "citizen text never runs in the portal");

        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(portal.body());
        assertTrue(viewState.find(), "the logout form carries its view state");
        HttpResponse<String> loggedOut = browser.postForm("/agent/index.xhtml", Map.of("session", "session",
                "session:logout", "Se déconnecter", "jakarta.faces.ViewState", viewState.group(1)));
        assertTrue(loggedOut.body().contains("service automatisé"), "back on the citizen page");
        assertTrue(browser.get("/agent/").body().contains("j_security_check"), "the portal asks for a login again");
    }

    @Test
    @Order(9)
    void whatCitizensSentIsStillThereAfterTheServerReloads() throws Exception {
        JsonObject opened = open();
        String bearer = "Bearer " + opened.getString("accessToken");
        citizen.postJson("/api/conversations/" + opened.getInt("id") + "/messages", "{\"text\":\"Message à garder\"}",
                "Authorization", bearer);

        reloadServer();

        HttpResponse<String> after = new Http(base).get("/api/conversations/" + opened.getInt("id"), "Authorization", bearer);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(Http.object(after).getJsonArray("messages").stream().map(JsonObject.class::cast)
                .anyMatch(message -> message.getString("text").equals("Message à garder")), after.body());
        Path database = Path.of(System.getProperty("it.servers", "target/servers"), "h2", "data", "contactcenter.mv.db");
        assertTrue(Files.size(database) > 0, "the embedded default is a file database: " + database);
    }

    private JsonObject open() throws Exception {
        HttpResponse<String> created = citizen.postJson("/api/conversations", "{\"channel\":\"WEB_CHAT\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/conversations/"));
        return Http.object(created);
    }

    private void reloadServer() throws Exception {
        management.getControllerClient().execute(Operations.createOperation("reload"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            try {
                ModelNode state = management.getControllerClient().execute(
                        Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                if (Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state).asString())) {
                    HttpResponse<String> ready = citizen.get("http://" + management.getMgmtAddress() + ":"
                            + management.getMgmtPort() + "/health/ready");
                    if (ready.statusCode() == 200) {
                        return;
                    }
                }
            } catch (Exception stillReloading) {
                // the management connection drops while the server reloads
            }
        }
        fail("the server did not come back within 3 minutes");
    }
}
