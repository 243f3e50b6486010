package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The supervisor dashboard and its CSV export over HTTP, as supervisors and agents reach them. */
class SupervisionOverHttpIT extends PackagedEarClient {

    /** the question the bot cannot answer: no passage holds these words */
    static final String UNANSWERABLE = "=zorglub <script>alert('wxqvk')</script> ?";
    /** a client address of this test's own, forwarded by the test server's trusted proxy, with a fresh budget */
    static final String[] CLIENT = {"X-Forwarded-For", "198.51.100.77"};

    URI base;

    @BeforeEach
    void base() {
        base = application();
    }

    @Test
    void anAgentCannotOpenTheDashboardNorItsExport() throws Exception {
        Http agent = Http.loggedIn(base, "agent1", TestServer.PASSWORD);

        assertEquals(403, agent.get("/agent/supervision/").statusCode());
        assertEquals(403, agent.get("/agent/supervision/export.csv").statusCode());
        assertFalse(agent.get("/agent/").body().contains("/agent/supervision/"), "no link to a page the agent cannot open");
    }

    @Test
    void aSupervisorSeesTodaysConversationsWithTheCitizensWordsAsText() throws Exception {
        Http citizen = new Http(base);
        JsonObject opened = Http.object(citizen.postJson("/api/conversations", "{}", CLIENT));
        String path = "/api/conversations/" + opened.getInt("id");
        String bearer = "Bearer " + opened.getString("accessToken");
        JsonObject answered = Http.object(citizen.postJson(path + "/messages",
                "{\"text\":\"" + UNANSWERABLE.replace("\"", "\\\"") + "\"}", "Authorization", bearer, CLIENT[0], CLIENT[1]));
        JsonObject reply = answered.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("author").equals("BOT")).reduce((first, last) -> last).orElseThrow();
        assertTrue(reply.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .anyMatch(choice -> choice.getString("payload").equals("conseiller")), "the bot is unsure: " + reply);
        assertEquals(200, citizen.postJson(path + "/handoff", "{}", "Authorization", bearer, CLIENT[0], CLIENT[1]).statusCode());

        Http supervisor = Http.loggedIn(base, "supervisor", TestServer.PASSWORD);
        HttpResponse<String> page = supervisor.get("/agent/supervision/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("En ce moment"), page.body());
        assertTrue(page.body().contains("Questions sans réponse de l'assistant"), page.body());
        assertTrue(page.body().contains("=zorglub &lt;script&gt;alert("), "the citizen's question, escaped");
        assertFalse(page.body().contains("<script>alert('wxqvk')"), "never as markup");
        assertTrue(page.body().contains("outcomesChart"), "the charts are there");
        assertTrue(page.body().contains("href=\"/agent/supervision/\""), "the portal links to the dashboard");
    }

    @Test
    void theExportIsACsvForExcelWithFrenchHeadersAndDefusedCells() throws Exception {
        aSupervisorSeesTodaysConversationsWithTheCitizensWordsAsText();
        Http supervisor = Http.loggedIn(base, "admin", TestServer.PASSWORD);

        HttpResponse<String> export = supervisor.get("/agent/supervision/export.csv");

        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), export.headers().toString());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"tableau-de-bord_"));
        String csv = export.body();
        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark, for Excel");
        assertTrue(csv.contains("\r\n\"Conversations\";\"Nombre\";\"Part (%)\"\r\n"), csv);
        assertTrue(csv.contains("\r\n\"Canal\";\"Conversations\"\r\n"), csv);
        assertTrue(csv.contains("\r\n\"Question sans réponse de l'assistant\";\"Fois\"\r\n"), csv);
        assertTrue(csv.contains("\r\n\"'=zorglub <script>alert('wxqvk')</script> ?\";"), "defused, not a formula: " + csv);
        Matcher opened = Pattern.compile("\r\n\"Ouvertes\";(\\d+);").matcher(csv);
        assertTrue(opened.find(), csv);
        assertTrue(Integer.parseInt(opened.group(1)) >= 1, csv);
        assertTrue(csv.contains("\r\n\"Transmises à un conseiller\";"), csv);
    }

    @Test
    void aBadPeriodIsExplainedInFrench() throws Exception {
        Http supervisor = Http.loggedIn(base, "supervisor", TestServer.PASSWORD);

        HttpResponse<String> export = supervisor.get("/agent/supervision/export.csv?du=2026-03-10&au=2026-03-01");
        HttpResponse<String> page = supervisor.get("/agent/supervision/index.xhtml?du=demain");

        assertEquals(400, export.statusCode());
        assertEquals("Export impossible : La date de fin (2026-03-01) précède la date de début (2026-03-10).\n",
                export.body());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("demain") && page.body().contains("pas une date valide (attendu : AAAA-MM-JJ"),
                page.body());
        assertFalse(page.body().contains("Questions sans réponse de l'assistant"), "no figures for a bad period");
    }
}
