package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The knowledge base as an administrator and a citizen use it: the watched folder (a copy of the demo corpus) is
 * imported at start, files added, changed and removed are picked up without a restart, broken files are refused
 * alone with a reason, uploads are imported, and search answers in French with excerpts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeBaseOverHttpIT extends PackagedEarClient {

    static final String ADMIN = Http.basic("admin", TestServer.PASSWORD);
    static final Path FOLDER = Path.of(System.getProperty("knowledge.folder"));

    Http http;

    @BeforeEach
    void client() {
        http = new Http(application());
    }

    @Test
    @Order(1)
    void theFolderIsImportedAtStartAndTheFoundingDecisionIsFound() throws Exception {
        JsonObject run = awaitRun(Instant.EPOCH, r -> r.getInt("files") > 0);
        assertEquals(run.getInt("files"), run.getInt("imported") + run.getInt("updated") + run.getInt("unchanged")
                + run.getInt("rejected"), run.toString());
        assertTrue(run.getInt("imported") + run.getInt("unchanged") >= 2, run.toString());

        JsonArray hits = search("centre de contacts chatbot voicebot callbot");
        assertFalse(hits.isEmpty());
        JsonObject best = hits.getJsonObject(0);
        assertEquals("suresnes/decision-Dec2023-037.txt", best.getString("sourceId"));
        assertTrue(best.getString("excerpt").contains("["), "matched words are marked: " + best);
    }

    @Test
    @Order(2)
    void everyFileOfTikasHostileSampleIsImportedOrRefusedAloneWithAReason() throws Exception {
        List<String> hostile;
        try (var files = Files.list(FOLDER.resolve("hostile"))) {
            hostile = files.map(path -> path.toString()).filter(path -> !path.endsWith("README.md")).toList();
        }
        JsonObject run = awaitRun(Instant.EPOCH, r -> r.getInt("files") >= hostile.size());
        JsonObject detail = Http.object(http.get("/api/knowledge/imports/" + run.getInt("id"), "Authorization", ADMIN));

        assertEquals("COMPLETED", detail.getString("state"));
        assertEquals(detail.getInt("files"), detail.getInt("processed"), "every file was dealt with: " + detail);
        List<JsonObject> refused = detail.getJsonArray("rejectedFiles").getValuesAs(JsonObject.class);
        long refusedHostile = refused.stream().filter(issue -> hostile.contains(issue.getString("path"))).count();
        assertTrue(refusedHostile >= 10, "encrypted and broken files are refused: " + refused);
        refused.forEach(issue -> assertFalse(issue.getString("reason").isBlank(), issue.toString()));
        assertTrue(refused.stream().anyMatch(issue -> issue.getString("reason").contains("chiffré")), refused.toString());
    }

    @Test
    @Order(3)
    void anAdministratorBrowsesDocumentsVersionsAndPassagesInThePortalAndAnAgentCannot() throws Exception {
        JsonObject decision = search("centre de contacts chatbot voicebot callbot").getJsonObject(0);
        Http admin = Http.loggedIn(http.base(), "admin", TestServer.PASSWORD);

        HttpResponse<String> documents = admin.get("/agent/admin/documents.xhtml");
        HttpResponse<String> document = admin.get("/agent/admin/document.xhtml?id=" + decision.getInt("documentId"));
        HttpResponse<String> imports = admin.get("/agent/admin/imports.xhtml");
        HttpResponse<String> asAgent = Http.loggedIn(http.base(), "agent1", TestServer.PASSWORD).get("/agent/admin/documents.xhtml");

        assertEquals(200, documents.statusCode());
        assertTrue(documents.body().contains("Carte d&#39;identité") || documents.body().contains("Carte d'identité"), "a fiche is listed");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("Article 1"), "the decision's passages follow its articles");
        assertTrue(document.body().contains("act.number"), "the act's metadata is shown");
        assertTrue(imports.body().contains("Derniers imports") && imports.body().contains("ui-progressbar"), "runs with progress");
        assertEquals(403, asAgent.statusCode());
        assertTrue(asAgent.body().contains("Accès refusé"));
    }

    @Test
    @Order(4)
    void aFileAddedChangedThenRemovedIsFollowedWithoutARestart() throws Exception {
        Instant before = Instant.now();
        Path added = FOLDER.resolve("ajouts/horaires-mediatheque.txt");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "Horaires de la médiathèque\n\nLa médiathèque est ouverte le mercredi et le samedi.");
        awaitSearch("mediatheque mercredi", hits -> containsSource(hits, "ajouts/horaires-mediatheque.txt"));

        Files.writeString(added, "Horaires de la ludothèque\n\nLa ludothèque accueille les familles le dimanche.");
        awaitSearch("ludotheque dimanche", hits -> containsSource(hits, "ajouts/horaires-mediatheque.txt"));
        assertFalse(containsSource(search("mediatheque mercredi"), "ajouts/horaires-mediatheque.txt"),
                "only the newest version is answered from");

        Files.delete(added);
        awaitSearch("ludotheque dimanche", hits -> !containsSource(hits, "ajouts/horaires-mediatheque.txt"));
        JsonObject run = awaitRun(before, r -> r.getInt("retired") >= 1);
        assertTrue(run.getInt("retired") >= 1, run.toString());
    }

    @Test
    @Order(5)
    void brokenFilesAreRefusedAloneWithAReason() throws Exception {
        Instant before = Instant.now();
        Path staging = Files.createDirectories(FOLDER.resolve(".casses-en-preparation"));
        Files.write(staging.resolve("tronque.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        Files.write(staging.resolve("vide.docx"), new byte[0]);
        Files.writeString(staging.resolve("lisible.txt"), "Le marché de Suresnes se tient le dimanche matin.");
        Files.move(staging, FOLDER.resolve("casses"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        JsonObject run = awaitRun(before, r -> r.getInt("rejected") >= 2 && r.getInt("imported") >= 1);
        JsonObject detail = Http.object(http.get("/api/knowledge/imports/" + run.getInt("id"), "Authorization", ADMIN));
        List<String> refused = detail.getJsonArray("rejectedFiles").stream().map(JsonObject.class::cast)
                .map(issue -> issue.getString("path")).toList();
        assertTrue(refused.stream().anyMatch(path -> path.endsWith("tronque.pdf")), detail.toString());
        assertTrue(refused.stream().anyMatch(path -> path.endsWith("vide.docx")), detail.toString());
        detail.getJsonArray("rejectedFiles").stream().map(JsonObject.class::cast)
                .forEach(issue -> assertFalse(issue.getString("reason").isBlank(), issue.toString()));
        assertEquals("COMPLETED", detail.getString("state"));
        awaitSearch("marche dimanche matin", hits -> containsSource(hits, "casses/lisible.txt"));
    }

    @Test
    @Order(6)
    void anAdministratorUploadsADocumentAndItBecomesSearchable() throws Exception {
        byte[] note = "Permis de stationnement\n\nLe permis de stationnement pour un déménagement se demande en mairie."
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> anonymous = http.postFile("/api/knowledge/uploads", "note.txt", note);
        HttpResponse<String> uploaded = http.postFile("/api/knowledge/uploads", "../../note-demenagement.txt", note,
                "Authorization", ADMIN);

        assertEquals(401, anonymous.statusCode());
        assertEquals(202, uploaded.statusCode(), uploaded.body());
        assertEquals("note-demenagement.txt", Http.object(uploaded).getString("file"), "no path from the client is kept");
        awaitSearch("stationnement demenagement", hits -> containsSource(hits, "note-demenagement.txt"));
    }

    @Test
    @Order(7)
    void searchRefusesBadParametersWithAProblemDocument() throws Exception {
        for (String query : List.of("/api/knowledge/search?q=", "/api/knowledge/search?q=mairie&limit=0",
                "/api/knowledge/search?q=mairie&limit=abc")) {
            HttpResponse<String> refused = http.get(query);
            assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404, query + " " + refused.statusCode());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""), query);
        }
        HttpResponse<String> hostileSyntax = http.get("/api/knowledge/search?q=" + URLEncoder.encode("\"(carte* AND:", StandardCharsets.UTF_8));
        assertEquals(200, hostileSyntax.statusCode(), hostileSyntax.body());
    }

    @Test
    @Order(8)
    void importsAndTheReindexCommandAreForAdministratorsOnly() throws Exception {
        assertEquals(403, http.postJson("/api/knowledge/index", "", "Authorization", Http.basic("agent1", TestServer.PASSWORD)).statusCode());
        HttpResponse<String> rebuilt = http.postJson("/api/knowledge/index", "", "Authorization", ADMIN);
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        assertTrue(Http.object(rebuilt).getInt("passages") > 0);
        assertFalse(search("centre de contacts chatbot").isEmpty(), "the rebuilt index answers");

        assertEquals(401, http.get("/api/knowledge/imports").statusCode());
        assertEquals(403, http.get("/api/knowledge/imports", "Authorization", Http.basic("agent1", TestServer.PASSWORD)).statusCode());
        assertEquals(200, http.get("/api/knowledge/imports", "Authorization", ADMIN).statusCode());
    }

    private JsonArray search(String query) throws Exception {
        HttpResponse<String> response = http.get("/api/knowledge/search?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response).getJsonArray("hits");
    }

    private static boolean containsSource(JsonArray hits, String sourceId) {
        return hits.stream().map(JsonObject.class::cast).anyMatch(hit -> hit.getString("sourceId").equals(sourceId));
    }

    private void awaitSearch(String query, Predicate<JsonArray> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonArray hits = search(query);
        while (!condition.test(hits)) {
            assertTrue(Instant.now().isBefore(deadline), "search « " + query + " » never matched: " + hits);
            Thread.sleep(500);
            hits = search(query);
        }
    }

    /** waits for the newest finished run, queued after the given moment, that satisfies the condition */
    private JsonObject awaitRun(Instant queuedAfter, Predicate<JsonObject> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            JsonArray runs = Http.object(http.get("/api/knowledge/imports", "Authorization", ADMIN)).getJsonArray("runs");
            for (JsonObject run : runs.getValuesAs(JsonObject.class)) {
                if (run.getString("state").equals("COMPLETED") && Instant.parse(run.getString("queuedAt")).isAfter(queuedAfter)
                        && condition.test(run)) {
                    return run;
                }
            }
            assertTrue(Instant.now().isBefore(deadline), "no finished import matched: " + runs);
            Thread.sleep(500);
        }
    }
}
