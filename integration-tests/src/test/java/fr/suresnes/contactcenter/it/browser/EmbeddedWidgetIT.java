package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.PackagedEarClient;
import fr.suresnes.contactcenter.it.ear.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.*;

/** The widget on a page of another site (another origin), from its one script tag: the launcher, the panel, Escape. */
class EmbeddedWidgetIT extends PackagedEarClient {

    HostSite site;
    Chromium chromium;
    ChatWidget widget;

    @BeforeEach
    void openAPageOfAnotherSite() throws Exception {
        URI application = application();
        TestServer.awaitDemoCorpus(application);
        site = new HostSite(application.resolve("/widget.js"));
        chromium = new Chromium();
        chromium.driver().get(site.page().toString());
        widget = new ChatWidget(chromium.driver());
    }

    @AfterEach
    void closeTheBrowserAndTheSite() throws Exception {
        chromium.close();
        site.close();
    }

    @Test
    void theLauncherOpensAChatThatAnswersAndEscapeClosesItBackToTheLauncher() {
        assertEquals("Une question ?", widget.launcher().getText());
        assertFalse(widget.panel().isDisplayed());

        widget.tabTo(widget.launcher());
        widget.type(Keys.ENTER);

        assertTrue(widget.panel().isDisplayed());
        assertEquals("true", widget.launcher().getAttribute("aria-expanded"));
        assertEquals(widget.field(), widget.focused().orElseThrow(), "the panel opens on the message field");
        widget.awaitGreeting();
        widget.type("passeport perdu", Keys.ENTER);
        assertFalse(widget.awaitReplyTo("passeport perdu").sourceLinks().isEmpty());

        widget.type(Keys.ESCAPE);

        assertFalse(widget.panel().isDisplayed());
        assertEquals("false", widget.launcher().getAttribute("aria-expanded"));
        assertEquals(widget.launcher(), widget.focused().orElseThrow(), "the focus is back on the launcher");
    }

    @Test
    void theEmbeddedWidgetHasNoSeriousAccessibilityViolationClosedOrOpen() {
        Axe.assertNoSeriousViolation(chromium.driver(), "a host page with the widget closed");

        widget.launcher().click();
        widget.awaitGreeting();
        Axe.assertNoSeriousViolation(chromium.driver(), "a host page with the widget open");
    }

}
