package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A citizen asking for a person while the center is closed. The deployment brings its own opening hours, above the
 * server's (ordinal 500): one day a week, the day after tomorrow, so that the center is closed now whenever the test
 * runs and opens again at a day the test can name.
 */
@ExtendWith(ArquillianExtension.class)
class OffHoursIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        DayOfWeek openDay = LocalDate.now(PARIS).plusDays(2).getDayOfWeek();
        return CoreDeployment.of("off-hours", OffHoursIT.class)
                .addAsResource(new StringAsset("config_ordinal=500\ncontactcenter.opening-hours="
                        + openDay.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT)
                        + "=08:30-17:30\ncontactcenter.opening-hours.zone=Europe/Paris\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    Assistant assistant;

    @Inject
    Conversations conversations;

    @Inject
    InTransaction tx;

    @Test
    void theCitizenIsToldWhenTheCenterOpensLeavesAMessageAndANumberAndTheRequestWaitsInItsQueue() {
        OpenedConversation opened = conversations.open(Channel.WEB_CHAT);
        BotTurn asked = assistant.hear(opened.accessToken(), "je voudrais parler à un conseiller");

        assertEquals(BotTurn.Handoff.QUEUED, asked.handoff());
        String notice = asked.replies().get(asked.replies().size() - 1).text();
        LocalDate reopening = LocalDate.now(PARIS).plusDays(2);
        assertTrue(notice.startsWith("Nos conseillers ne sont pas disponibles en ce moment : le centre de contacts"
                + " est ouvert le " + reopening.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRANCE)
                + " de 8 h 30 à 17 h 30."), notice);
        String weekday = reopening.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRANCE);
        String dayOfMonth = reopening.getDayOfMonth() == 1 ? "1er" : String.valueOf(reopening.getDayOfMonth());
        assertTrue(notice.endsWith("dès la réouverture, " + weekday + " " + dayOfMonth + " "
                + reopening.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE) + " à 8 h 30."), notice);

        BotTurn message = assistant.hear(opened.accessToken(), "C'est pour la cantine de ma fille, la facture est fausse.");
        assertEquals(List.of("Merci, votre message est enregistré : un conseiller le lira dès la réouverture."),
                texts(message));
        assertEquals(List.of(), texts(assistant.hear(opened.accessToken(), "Elle est en CE2.")),
                "the first message only is acknowledged");

        String number = randomMobile();
        BotTurn callback = assistant.hear(opened.accessToken(), "Vous pouvez me rappeler au " + number);
        assertEquals(List.of("Merci, c'est noté : un conseiller vous rappellera au " + number + " dès la réouverture."),
                texts(callback));

        Conversation waiting = tx.call(em -> em.find(Conversation.class, asked.conversationId()));
        assertEquals(ConversationState.WAITING_FOR_AGENT, waiting.getState());
        assertTrue(waiting.isAfterHours());
        assertEquals("+33" + number.substring(1).replace(" ", ""), waiting.getCallbackPhone());
        assertTrue(conversations.transcript(waiting.getId()).stream().map(Message::getBody)
                .anyMatch(body -> body.contains("facture est fausse")), "the message waits with the request");

        OpenedConversation later = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(later.accessToken());
        List<Message> laterTranscript = conversations.transcript(later.conversation().getId());
        assertTrue(laterTranscript.get(laterTranscript.size() - 1).getBody().startsWith("Nos conseillers ne sont pas"),
                "the button for a person gets the same notice");
        assistant.hear(later.accessToken(), "rappelez-moi au " + number + " merci");
        Conversation second = tx.call(em -> em.find(Conversation.class, later.conversation().getId()));
        assertEquals(waiting.getCallbackPhone(), second.getCallbackPhone());
        assertNotEquals(waiting.getCitizen().getId(), second.getCitizen().getId(),
                "a number anyone can type joins no history: an agent identifies the citizen");
        assertNull(second.getCitizen().getPhone());
    }

    private static List<String> texts(BotTurn turn) {
        return turn.replies().stream().map(BotTurn.Reply::text).toList();
    }

    /** in the 06 12 block: not every 06 number is a valid metropolitan one (06 39, 06 9x are overseas) */
    private static String randomMobile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("06 12 %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100));
    }
}
