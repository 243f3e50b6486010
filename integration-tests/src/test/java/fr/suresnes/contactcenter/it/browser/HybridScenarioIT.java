package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.PackagedEarClient;
import fr.suresnes.contactcenter.it.ear.Http;
import fr.suresnes.contactcenter.it.ear.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hybrid contact center in two real browsers: a citizen in the chat widget asks for a person; an agent on the
 * portal sees the conversation arrive without reloading, takes it, inserts the assistant's draft, edits and sends it;
 * the citizen reads it live; the agent closes it with a wrap-up code; the supervisor's dashboard counts it.
 */
class HybridScenarioIT extends PackagedEarClient {

    private static final Pattern HANDED_OVER = Pattern.compile(
            "id=\"outcomes\".*?<tbody><tr>\\s*<td>\\d+</td>\\s*<td>[^<]*</td>\\s*<td>(\\d+) ", Pattern.DOTALL);

    @Test
    void aCitizenAsksForAPersonAnAgentAnswersWithAnEditedDraftAndTheDashboardCountsIt() throws Exception {
        URI application = application();
        TestServer.awaitDemoCorpus(application);
        int handedOverBefore = handedOver(application);
        try (Chromium citizenBrowser = new Chromium(); Chromium agentBrowser = new Chromium()) {
            WebDriver agent = agentBrowser.driver();
            WebDriverWait agentWait = new WebDriverWait(agent, Duration.ofSeconds(30));
            agent.get(application.resolve("/agent/").toString());
            agent.findElement(By.id("j_username")).sendKeys("agent2");
            agent.findElement(By.id("j_password")).sendKeys(TestServer.PASSWORD, Keys.ENTER);
            agentWait.until(driver -> driver.findElement(By.id("board")));

            citizenBrowser.driver().get(application.toString());
            ChatWidget widget = new ChatWidget(citizenBrowser.driver());
            widget.awaitGreeting();
            widget.field().sendKeys("j'ai perdu ma carte d'identité", Keys.ENTER);
            widget.awaitReplyTo("j'ai perdu ma carte d'identité");
            widget.click(widget.button("Parler à un conseiller"));
            widget.awaitState("en attente d'un conseiller");
            long id = widget.conversationId();

            WebElement arrived = agentWait.withMessage("the waiting conversation pushed to the agent's open board")
                    .until(driver -> driver.findElements(By.linkText("n° " + id)).stream().findFirst().orElse(null));
            arrived.click();
            agentWait.until(driver -> driver.findElement(By.id("status:claim"))).click();
            WebElement text = agentWait.withMessage("the reply box, once the agent holds the conversation")
                    .until(driver -> driver.findElement(By.id("reply:text")));
            agentWait.until(driver -> driver.findElement(By.id("insert-draft-0"))).click();
            String draft = text.getAttribute("value");
            assertTrue(draft.contains("Carte"), "the draft is inserted for the agent to edit: " + draft);
            text.sendKeys(Keys.END, "\nBonne journée, votre conseiller.");
            agent.findElement(By.id("reply:send")).click();

            ChatMessage reply = widget.await(chat -> chat.messages().stream()
                    .filter(message -> message.isFrom("agent") && message.text().contains("Bonne journée, votre conseiller."))
                    .findFirst().orElse(null), "the agent's edited reply, live");
            assertTrue(reply.text().contains(draft.lines().findFirst().orElseThrow()), reply.text());

            new Select(agentWait.until(driver -> driver.findElement(By.id("handling:wrapUp"))))
                    .selectByValue("INFORMATION_DONNEE");
            agent.findElement(By.id("handling:note")).sendKeys("Démarche de perte expliquée.");
            agent.findElement(By.id("handling:close")).click();
            widget.awaitState("Cette conversation est terminée");
        }
        assertEquals(handedOverBefore + 1, handedOver(application), "the dashboard counts the conversation handed over");
    }

    private static int handedOver(URI application) throws Exception {
        String page = Http.loggedIn(application, "supervisor", TestServer.PASSWORD).get("/agent/supervision/").body();
        Matcher count = HANDED_OVER.matcher(page);
        assertTrue(count.find(), "the dashboard's outcomes table");
        return Integer.parseInt(count.group(1));
    }
}
