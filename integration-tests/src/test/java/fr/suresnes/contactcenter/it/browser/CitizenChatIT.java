package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.Http;
import fr.suresnes.contactcenter.it.ear.TestServer;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The citizen page in a real browser: the chat widget inline, used with the keyboard, on the demo corpus. */
class CitizenChatIT extends OnTheCitizenPage {

    @Test
    void aCitizenAsksWithTheKeyboardGetsSourcedAnswersRatesOneAndAsksForAPerson() {
        assertTrue(widget.awaitGreeting().text().contains("assistant automatique"), "the bot says what it is");

        widget.tabTo(widget.field());
        widget.type("j'ai perdu ma carte d'identité", Keys.ENTER);
        ChatMessage answer = widget.awaitReplyTo("j'ai perdu ma carte d'identité");

        assertEquals(List.of("Pour un majeur", "Pour un mineur"),
                answer.choices().stream().map(WebElement::getText).sorted().toList(), answer.text());
        assertEquals(2, answer.sourceLinks().size(), "each situation's fiche is cited: " + answer.text());
        assertEquals("", widget.field().getAttribute("value"), "the sent text left the field");
        ChatMessage forAnAdult = choose(answer, "Pour un majeur");
        ChatMessage sourced = forAnAdult.choices().isEmpty() ? forAnAdult : choose(forAnAdult, "En France");
        assertTrue(sourced.text().contains("Carte d'identité d'un majeur : en cas de perte"), sourced.text());
        assertFalse(sourced.sourceLinks().isEmpty(), sourced.text());
        assertTrue(sourced.sourceLinks().stream().allMatch(link -> link.getAttribute("href").startsWith("https://www.service-public.fr/")),
                sourced.sourceLinks().stream().map(link -> link.getAttribute("href")).toList().toString());

        widget.click(sourced.ratingButton("Oui"));
        widget.await(page -> sourced.thanks().equals("Merci pour votre avis."), "thanks for the rating");

        widget.click(widget.button("Parler à un conseiller"));
        assertTrue(widget.awaitState("en attente d'un conseiller").startsWith("Votre demande"));
    }

    /** Clicks the choice button of {@code question} with this title; the answer that follows is the latest bot message. */
    private ChatMessage choose(ChatMessage question, String title) {
        WebElement choice = question.choices().stream().filter(button -> button.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no « " + title + " » button: " + question.text()));
        int before = widget.messages().size();
        widget.click(choice);
        ChatMessage answer = widget.await(page -> {
            List<ChatMessage> messages = page.messages();
            ChatMessage last = messages.get(messages.size() - 1);
            return messages.size() > before && last.isFrom("bot") ? last : null;
        }, "an answer after choosing « " + title + " »");
        assertTrue(question.choices().isEmpty(), "choices stay only on the latest bot message");
        return answer;
    }

    @Test
    void anAgentClaimsTheConversationAnswersLiveInTheOpenWidgetAndClosesIt() throws Exception {
        String reply = "<img src=x onerror=\"window.__xss=2\">Bonjour, je suis votre conseillère.";
        widget.awaitGreeting();
        widget.click(widget.button("Parler à un conseiller"));
        widget.awaitState("en attente d'un conseiller");
        String agent = Http.basic("agent1", TestServer.PASSWORD);
        String conversation = "/api/agent/conversations/" + widget.conversationId();

        HttpResponse<String> claimed = new Http(application).postJson(conversation + "/claim", "", "Authorization", agent);
        assertEquals(204, claimed.statusCode(), claimed.body());
        widget.awaitState("Un conseiller vous répond");
        HttpResponse<String> answered = new Http(application).postJson(conversation + "/messages",
                Json.createObjectBuilder().add("text", reply).build().toString(), "Authorization", agent);
        assertEquals(201, answered.statusCode(), answered.body());

        widget.awaitMessageFrom("agent", reply);
        assertEquals(1, widget.messages().stream().filter(message -> message.text().equals(reply)).count(), "shown once");
        assertNull(chromium.driver().executeScript("return window.__xss;"));

        HttpResponse<String> closed = new Http(application).postJson(conversation + "/close",
                "{\"wrapUp\":\"INFORMATION_DONNEE\"}", "Authorization", agent);
        assertEquals(204, closed.statusCode(), closed.body());
        widget.awaitState("Cette conversation est terminée");
    }

    @Test
    void anEmergencyGetsTheEmergencyNumbers() {
        widget.awaitGreeting();
        widget.field().sendKeys("mon père est tombé et ne se relève pas", Keys.ENTER);

        String answer = widget.awaitReplyTo("mon père est tombé et ne se relève pas").text();

        assertTrue(Pattern.compile("\\b15\\b").matcher(answer).find(), answer);
        assertTrue(Pattern.compile("\\b112\\b").matcher(answer).find(), answer);
    }

    @Test
    void markupTypedByTheCitizenIsShownLiterallyAndNeverRun() {
        String hostile = "<script>window.__xss=1</script><b>gras</b>";
        widget.awaitGreeting();
        widget.field().sendKeys(hostile, Keys.ENTER);

        ChatMessage shown = widget.awaitMessageFrom("citizen", hostile);
        widget.awaitReplyTo(hostile);

        assertEquals(hostile, shown.text());
        assertTrue(shown.node().findElements(By.cssSelector("b, script")).isEmpty());
        assertNull(chromium.driver().executeScript("return window.__xss;"));
    }

    @Test
    void whenTheServerCannotBeReachedTheWidgetSaysSoAndKeepsTheTypedText() {
        widget.awaitGreeting();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.driver().setNetworkConditions(offline);
        widget.field().sendKeys("horaires de la mairie", Keys.ENTER);

        String error = widget.await(page -> page.error().isEmpty() ? null : page.error(), "an error message");
        assertTrue(error.startsWith("Le centre de contacts ne répond pas."), error);
        assertTrue(error.endsWith("Votre message est conservé."), error);
        assertEquals("horaires de la mairie", widget.field().getAttribute("value"));

        chromium.driver().deleteNetworkConditions();
        widget.field().sendKeys(Keys.ENTER);
        widget.awaitReplyTo("horaires de la mairie");
        assertEquals("", widget.error());
    }

    @Test
    void theConversationSurvivesAReloadWithoutCookiesAndANewOneCanBeStarted() {
        widget.awaitGreeting();
        widget.field().sendKeys("passeport perdu", Keys.ENTER);
        widget.awaitReplyTo("passeport perdu");
        long first = widget.conversationId();

        chromium.driver().navigate().refresh();
        widget.awaitReplyTo("passeport perdu");

        assertEquals(first, widget.conversationId());
        assertTrue(chromium.driver().manage().getCookies().isEmpty(), chromium.driver().manage().getCookies().toString());
        widget.click(widget.button("Nouvelle conversation"));
        ChatMessage greeting = widget.await(page -> page.conversationId() != first && page.messages().size() == 1
                ? page.messages().get(0) : null, "a new conversation showing only its greeting");
        assertTrue(greeting.text().contains("assistant automatique"), greeting.text());
        assertEquals(widget.field(), widget.focused().orElseThrow(), "the citizen can write at once");
    }

    @Test
    void theCitizenPageHasNoSeriousAccessibilityViolation() {
        widget.awaitGreeting();
        Axe.assertNoSeriousViolation(chromium.driver(), "the citizen page with the greeting");

        widget.field().sendKeys("j'ai perdu ma carte d'identité", Keys.ENTER);
        widget.awaitReplyTo("j'ai perdu ma carte d'identité");
        Axe.assertNoSeriousViolation(chromium.driver(), "the citizen page with an answer");
    }
}
