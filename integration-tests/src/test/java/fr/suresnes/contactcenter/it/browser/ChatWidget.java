package fr.suresnes.contactcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The chat widget of the page the browser shows, reached through its shadow root. */
final class ChatWidget {

    private static final int MOST_TABS = 40;

    private final WebDriver browser;
    private final WebDriverWait wait;

    ChatWidget(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    WebElement launcher() {
        return find(".launcher");
    }

    WebElement panel() {
        return find(".panel");
    }

    WebElement field() {
        return find("textarea");
    }

    WebElement button(String label) {
        return root().findElements(By.cssSelector("button")).stream()
                .filter(button -> button.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button « " + label + " » in the widget"));
    }

    /** The voice mode's push-to-talk button. */
    WebElement talkButton() {
        return find(".talk");
    }

    /** The voice mode's explanation of how to talk, or why the browser cannot listen. */
    String voiceHelp() {
        return find("#voice-help").getText();
    }

    /** The element the voice mode plays the server's audio with. */
    WebElement speechPlayer() {
        return find("audio.speech");
    }

    String state() {
        return find(".state").getText();
    }

    String error() {
        return find(".error").getText();
    }

    List<ChatMessage> messages() {
        return root().findElements(By.cssSelector(".message")).stream().map(ChatMessage::new).toList();
    }

    ChatMessage awaitGreeting() {
        return await(widget -> widget.messages().stream().findFirst().filter(first -> first.isFrom("bot")).orElse(null),
                "the assistant's greeting");
    }

    /** The first bot message after the last citizen message saying {@code text}. */
    ChatMessage awaitReplyTo(String text) {
        return await(widget -> {
            List<ChatMessage> messages = widget.messages();
            int asked = -1;
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i).isFrom("citizen") && messages.get(i).text().equals(text)) {
                    asked = i;
                }
            }
            return asked < 0 ? null : messages.subList(asked + 1, messages.size()).stream()
                    .filter(message -> message.isFrom("bot")).findFirst().orElse(null);
        }, "an answer to « " + text + " »");
    }

    ChatMessage awaitMessageFrom(String author, String text) {
        return await(widget -> widget.messages().stream()
                .filter(message -> message.isFrom(author) && message.text().equals(text)).findFirst().orElse(null),
                "a message of " + author + " saying « " + text + " »");
    }

    String awaitState(String words) {
        return await(widget -> widget.state().contains(words) ? widget.state() : null, "the state « " + words + " »");
    }

    /**
     * Clicks as a person would, once the log has stopped moving: a click that lands on another element while the
     * log still scrolls smoothly to a new message is tried again.
     */
    void click(WebElement target) {
        String label = target.getText();
        await(widget -> {
            try {
                target.click();
                return true;
            } catch (ElementClickInterceptedException stillScrolling) {
                return null;
            }
        }, "a click on « " + label + " »");
    }

    <T> T await(Function<ChatWidget, T> condition, String what) {
        return wait.withMessage(() -> "waited for " + what + "; the widget shows: " + transcript() + " / " + error())
                .until(driver -> condition.apply(this));
    }

    /** Presses Tab, as a keyboard user does, until the focus is on {@code target}. */
    void tabTo(WebElement target) {
        for (int presses = 0; presses < MOST_TABS; presses++) {
            if (focused().filter(target::equals).isPresent()) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getTagName() + " « " + target.getText() + " »");
    }

    /** Types on the keyboard into whatever has the focus. */
    void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** The element that has the focus, looking inside shadow roots. */
    Optional<WebElement> focused() {
        return Optional.ofNullable((WebElement) ((JavascriptExecutor) browser).executeScript("""
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                return focused;
                """));
    }

    /** The id of the conversation the widget keeps in the tab's session storage. */
    long conversationId() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                const key = Object.keys(sessionStorage).find(name => name.startsWith('contact-center:'));
                return key ? JSON.parse(sessionStorage.getItem(key)).id : -1;
                """)).longValue();
    }

    /** The access token of that conversation. */
    String accessToken() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const key = Object.keys(sessionStorage).find(name => name.startsWith('contact-center:'));
                return key ? JSON.parse(sessionStorage.getItem(key)).accessToken : null;
                """);
    }

    private String transcript() {
        return messages().stream().map(message -> message.node().getAttribute("class") + ": " + message.text()).toList().toString();
    }

    private WebElement find(String css) {
        return root().findElement(By.cssSelector(css));
    }

    private SearchContext root() {
        return wait.until(driver -> driver.findElement(By.cssSelector("[data-contact-center-widget]"))).getShadowRoot();
    }
}
