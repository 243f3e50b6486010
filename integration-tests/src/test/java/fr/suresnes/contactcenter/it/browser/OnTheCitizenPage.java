package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.PackagedEarClient;
import fr.suresnes.contactcenter.it.ear.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;

/** Each test starts in a fresh Chromium on the citizen page, once the demo corpus is imported, with its chat widget. */
abstract class OnTheCitizenPage extends PackagedEarClient {

    URI application;
    Chromium chromium;
    ChatWidget widget;

    @BeforeEach
    void openTheCitizenPage() throws Exception {
        application = application();
        TestServer.awaitDemoCorpus(application);
        chromium = new Chromium();
        chromium.driver().get(application.toString());
        widget = new ChatWidget(chromium.driver());
    }

    @AfterEach
    void closeTheBrowser() throws Exception {
        chromium.close();
    }
}
