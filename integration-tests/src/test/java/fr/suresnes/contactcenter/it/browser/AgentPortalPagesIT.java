package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.PackagedEarClient;
import fr.suresnes.contactcenter.it.ear.Http;
import fr.suresnes.contactcenter.it.ear.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The portal pages beyond the hybrid scenario, in Debian's Chromium: an agent records a letter with its files
 * (a council act in PDF, an e-mail, a password-protected document) and finds the citizen's history by phone; the
 * citizen's later chat joins that history when the agent identifies them; an admin adds a queue with a keyword and
 * the next conversation that names it goes there. axe-core checks each page on the way.
 */
class AgentPortalPagesIT extends PackagedEarClient {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COUNCIL_ACT = PROJECT.resolve("demo-corpus/montpellier/delib_2014_04_24/2014-04-24-0000071267.pdf");
    private static final Path PROTECTED = PROJECT.resolve("knowledge-import/src/test/resources/hostile/protected_normal_case.docx");

    @Test
    void aLetterWithItsFilesAndALaterChatMakeOneHistory() throws Exception {
        URI application = application();
        TestServer.awaitDemoCorpus(application);
        String mobile = String.format("06 12 %02d %02d %02d", random(), random(), random());
        Path email = Files.createTempFile("courriel-", ".eml");
        Files.writeString(email, """
                From: Dominique Lefebvre <dominique.lefebvre@example.org>
                To: mairie@example.org
                Subject: Demande de rendez-vous pour un passeport
                Date: Thu, 3 Dec 2026 09:12:00 +0100
                Content-Type: text/plain; charset=UTF-8

                Bonjour, je souhaite un rendez-vous pour refaire le passeport de mon fils avant les vacances.
                """, StandardCharsets.UTF_8);
        try (Chromium browser = new Chromium()) {
            WebDriver agent = browser.driver();
            WebDriverWait wait = new WebDriverWait(agent, Duration.ofSeconds(30));
            logIn(agent, application, "agent1");

            agent.get(application.resolve("/agent/citizens.xhtml").toString());
            Axe.assertNoSeriousViolation(browser.driver(), "the citizens' search");
            agent.findElement(By.id("record")).click();
            wait.until(driver -> driver.findElement(By.id("contact:save")));
            Axe.assertNoSeriousViolation(browser.driver(), "the contact form");
            agent.findElement(By.id("contact:name")).sendKeys("Dominique <b>Lefebvre</b>");
            agent.findElement(By.id("contact:phone")).sendKeys(mobile);
            new Select(agent.findElement(By.id("contact:channel"))).selectByVisibleText("Courrier postal");
            agent.findElement(By.id("contact:request")).sendKeys("Lettre demandant un rendez-vous pour un passeport.");
            new Select(agent.findElement(By.id("contact:wrapUp"))).selectByValue("RAPPEL_PROGRAMME");
            agent.findElement(By.id("contact:files")).sendKeys(COUNCIL_ACT + "\n" + email + "\n" + PROTECTED);
            agent.findElement(By.id("contact:save")).click();

            wait.withMessage("the citizen's history after recording")
                    .until(driver -> driver.findElements(By.id("contacts")).stream().findFirst().orElse(null));
            String history = agent.findElement(By.tagName("main")).getText();
            assertTrue(history.contains("Contact enregistré dans l'historique de l'usager."), history);
            assertTrue(history.contains("Dominique <b>Lefebvre</b>"), "the name shown as text: " + history);
            assertTrue(history.contains("Courrier") && history.contains("Rappel programmé"), history);
            assertTrue(history.contains("protected_normal_case.docx") && history.contains(
                    "illisible : document chiffré ou protégé par mot de passe"), "kept, with why it was not read: " + history);
            List<WebElement> texts = agent.findElements(By.cssSelector(".attachment details"));
            assertEquals(2, texts.size(), "the PDF's and the e-mail's text, read by Tika");
            texts.forEach(details -> details.findElement(By.tagName("summary")).click());
            assertTrue(texts.get(0).getText().toLowerCase(Locale.ROOT).contains("montpellier"), texts.get(0).getText());
            assertTrue(texts.get(1).getText().contains("refaire le passeport de mon fils"), texts.get(1).getText());
            Axe.assertNoSeriousViolation(browser.driver(), "a citizen's history");
            String historyUrl = agent.getCurrentUrl();
            String download = agent.findElement(By.linkText(COUNCIL_ACT.getFileName().toString())).getAttribute("href");

            HttpResponse<String> file = Http.loggedIn(application, "agent2", TestServer.PASSWORD)
                    .get(URI.create(download).getRawPath() + "?" + URI.create(download).getRawQuery());
            assertEquals(200, file.statusCode());
            assertEquals(Files.size(COUNCIL_ACT), file.headers().firstValueAsLong("Content-Length").orElse(-1));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            agent.get(application.resolve("/agent/citizens.xhtml?q=" + mobile.replace(" ", "")).toString());
            agent.findElement(By.partialLinkText("Dominique")).click();
            wait.until(driver -> driver.getCurrentUrl().equals(historyUrl));

            Http citizen = new Http(application);
            JsonObject opened = Http.object(citizen.postJson("/api/conversations", "{\"channel\":\"WEB_CHAT\"}"));
            String bearer = "Bearer " + opened.getString("accessToken");
            citizen.postJson("/api/conversations/" + opened.getInt("id") + "/messages",
                    "{\"text\":\"Je voudrais parler à un conseiller pour mon rendez-vous\"}", "Authorization", bearer);
            agent.get(application.resolve("/agent/conversation.xhtml?id=" + opened.getInt("id")).toString());
            Axe.assertNoSeriousViolation(browser.driver(), "a conversation, waiting");
            agent.findElement(By.cssSelector("#citizen summary")).click();
            agent.findElement(By.id("citizen:phone")).sendKeys(mobile.replace(" ", "."));
            agent.findElement(By.id("citizen:identify")).click();
            WebElement earlier = wait.withMessage("the letter among the earlier contacts")
                    .until(driver -> driver.findElements(By.id("earlier")).stream().findFirst().orElse(null));
            assertTrue(earlier.getText().contains("Courrier") && earlier.getText().contains("Rappel programmé"),
                    earlier.getText());
            assertTrue(agent.findElement(By.id("citizen")).getText().contains("Dominique <b>Lefebvre</b>"));
        } finally {
            Files.deleteIfExists(email);
        }
    }

    @Test
    void anAdminAddsAQueueWithAKeywordAndTheNextConversationThatNamesItGoesThere() throws Exception {
        URI application = application();
        String code = "SPORTS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Chromium browser = new Chromium()) {
            WebDriver admin = browser.driver();
            // the page is replaced after each action: an element read while it goes is read again
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(admin, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class);
            logIn(admin, application, "admin");
            admin.get(application.resolve("/agent/admin/queues.xhtml").toString());
            Axe.assertNoSeriousViolation(browser.driver(), "the queues' administration");
            admin.findElement(By.id("create:code")).sendKeys(code.toLowerCase(Locale.ROOT));
            admin.findElement(By.id("create:label")).sendKeys("Sports et loisirs");
            WebElement position = admin.findElement(By.id("create:position"));
            position.clear();
            position.sendKeys("5");
            admin.findElement(By.id("create:add")).click();
            wait.until(driver -> driver.findElement(By.tagName("main")).getText().contains("File créée."));

            WebElement created = admin.findElement(By.xpath("//form[.//h2[contains(., '(" + code + ")')]]"));
            assertEquals("queues:0:queue", created.getAttribute("id"), "first by its position");
            created.findElement(By.tagName("textarea")).sendKeys("Piscine municipale", Keys.ENTER, "patinoire");
            created.findElement(By.cssSelector("input[type=submit]")).click();
            wait.until(driver -> driver.findElement(By.tagName("main")).getText().contains("File « Sports et loisirs » enregistrée."));
            for (String page : List.of("/agent/", "/agent/supervision/", "/agent/supervision/canned-responses.xhtml",
                    "/agent/admin/documents.xhtml", "/agent/admin/imports.xhtml")) {
                admin.get(application.resolve(page).toString());
                wait.until(driver -> driver.findElement(By.tagName("h1")));
                Axe.assertNoSeriousViolation(browser.driver(), page);
            }
        }

        Http citizen = new Http(application);
        JsonObject opened = Http.object(citizen.postJson("/api/conversations", "{\"channel\":\"WEB_CHAT\"}"));
        String bearer = "Bearer " + opened.getString("accessToken");
        citizen.postJson("/api/conversations/" + opened.getInt("id") + "/messages",
                "{\"text\":\"Je voudrais parler à un conseiller au sujet de la patinoire\"}", "Authorization", bearer);
        Http agent = Http.loggedIn(application, "agent1", TestServer.PASSWORD);
        String page = agent.get("/agent/conversation.xhtml?id=" + opened.getInt("id")).body();
        assertTrue(page.contains("file « Sports et loisirs »"), "routed by the new keyword: " + page);
        assertEquals(403, agent.get("/agent/admin/queues.xhtml").statusCode(), "an agent cannot edit routing");
    }

    private static void logIn(WebDriver browser, URI application, String user) {
        browser.get(application.resolve("/agent/").toString());
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(TestServer.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(By.id("board")));
    }

    private static int random() {
        return ThreadLocalRandom.current().nextInt(100);
    }
}
