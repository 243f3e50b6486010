package fr.suresnes.contactcenter.it.browser;

import fr.suresnes.contactcenter.it.ear.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The widget's voice mode in headless Chromium, whose speech recognition API has no service behind it: the citizen
 * is told in French to type, types, sees the sourced answer, and hears it as the server's audio (espeak-ng on the
 * test server); typing again stops the reading.
 */
class VoiceModeIT extends OnTheCitizenPage {

    private static final String QUESTION = "j'ai perdu ma carte d'identité";

    @Test
    void withoutRecognitionTheCitizenTypesAndHearsTheSourcedAnswerFromTheServer() throws Exception {
        widget.awaitGreeting();
        WebElement voiceMode = widget.button("Mode vocal");
        assertFalse(widget.talkButton().isDisplayed(), "push-to-talk appears with the voice mode only");

        widget.click(voiceMode);
        assertEquals("true", voiceMode.getAttribute("aria-pressed"));
        WebElement talk = widget.talkButton();
        assertTrue(talk.isDisplayed());
        if (talk.isEnabled()) {
            // the API is there, without a service behind it: the widget finds out when the citizen presses
            widget.click(talk);
        }
        widget.await(page -> !page.talkButton().isEnabled() ? true : null, "push-to-talk disabled");
        assertTrue(widget.voiceHelp().contains("écrivez votre question, la réponse vous sera lue"), widget.voiceHelp());
        assertEquals("voice-help", talk.getAttribute("aria-describedby"));

        widget.tabTo(widget.field());
        widget.type(QUESTION, Keys.ENTER);
        ChatMessage answer = widget.awaitReplyTo(QUESTION);
        assertFalse(answer.sourceLinks().isEmpty(), "the answer shows its sources: " + answer.text());

        long answerId = lastBotMessageId();
        WebElement player = widget.speechPlayer();
        widget.await(page -> String.valueOf(answerId).equals(player.getAttribute("data-message")) ? true : null,
                "the server's audio of the answer");
        Map<?, ?> audio = (Map<?, ?>) chromium.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].src).then(response => response.blob()).then(async blob => {
                    const bytes = new DataView(await blob.arrayBuffer());
                    done({ type: blob.type, size: blob.size,
                           riff: String.fromCharCode(bytes.getUint8(0), bytes.getUint8(1), bytes.getUint8(2), bytes.getUint8(3)),
                           rate: bytes.getUint32(24, true) });
                }, failure => done({ failure: String(failure) }));
                """, player);
        assertEquals("audio/wav", audio.get("type"), audio.toString());
        assertEquals("RIFF", audio.get("riff"));
        assertEquals(22050L, ((Number) audio.get("rate")).longValue());
        assertTrue(((Number) audio.get("size")).longValue() > 44_100, "more than a second of speech: " + audio);

        widget.await(page -> Boolean.FALSE.equals(chromium.driver().executeScript("return arguments[0].paused;", player))
                ? true : null, "the answer being read");
        widget.tabTo(widget.field());
        widget.type("e");
        assertEquals(Boolean.TRUE, chromium.driver().executeScript(
                        "return arguments[0].paused && !arguments[0].ended && arguments[0].currentTime < arguments[0].duration;",
                        player), "typing stops the reading before its end");

        Axe.assertNoSeriousViolation(chromium.driver(), "the citizen page in voice mode");
    }

    @Test
    void aConversationStartedInVoiceModeIsCountedAsBrowserVoice() throws Exception {
        widget.awaitGreeting();
        long chat = widget.conversationId();
        String chatToken = widget.accessToken();
        widget.click(widget.button("Mode vocal"));

        widget.click(widget.button("Nouvelle conversation"));
        widget.await(page -> page.conversationId() != chat && !page.messages().isEmpty() ? true : null,
                "a new conversation");

        assertEquals("WEB_CHAT", channelOf(chat, chatToken));
        assertEquals("BROWSER_VOICE", channelOf(widget.conversationId(), widget.accessToken()));
    }

    private String channelOf(long conversation, String token) throws Exception {
        return Http.object(new Http(application).get("/api/conversations/" + conversation, "Authorization",
                "Bearer " + token)).getString("channel");
    }

    private long lastBotMessageId() throws Exception {
        JsonObject conversation = Http.object(new Http(application).get("/api/conversations/" + widget.conversationId(),
                "Authorization", "Bearer " + widget.accessToken()));
        List<JsonObject> bot = conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("author").equals("BOT")).toList();
        return bot.get(bot.size() - 1).getJsonNumber("id").longValue();
    }
}
