package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.voice.call.boundary.CallScript;
import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;
import fr.suresnes.contactcenter.voice.call.boundary.Calls;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A call that asks for a person while the center is closed is not put through: the caller hears when it opens, the
 * request waits in its queue with the caller's number to call back, and the call ends; emergency numbers are still
 * said. The deployment brings opening hours one day a week, the day after tomorrow, as {@link OffHoursIT} does.
 */
@ExtendWith(ArquillianExtension.class)
class CallsAfterHoursIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        String openDay = LocalDate.now(PARIS).plusDays(2).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .toUpperCase(Locale.ROOT);
        return CoreDeployment.of("calls-after-hours", CallsAfterHoursIT.class)
                .addAsResource(new StringAsset("config_ordinal=500\ncontactcenter.opening-hours=" + openDay
                        + "=08:30-17:30\ncontactcenter.opening-hours.zone=Europe/Paris\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    Calls calls;

    @Inject
    Conversations conversations;

    @Inject
    InTransaction tx;

    @Test
    void aCallerAskingForAPersonWhileClosedIsToldWhenAndCalledBackAtTheirNumber() {
        String callId = "it-" + UUID.randomUUID();
        String mobile = "+33612" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        calls.start(callId, mobile);

        CallTurn closed = calls.press(callId, '0', null);

        assertEquals(CallTurn.Next.HANG_UP, closed.next(), closed.text());
        assertNull(closed.transferNumber());
        assertTrue(closed.text().startsWith("Nos conseillers ne sont pas disponibles en ce moment : le centre de contacts"
                + " est ouvert le " + LocalDate.now(PARIS).plusDays(2).getDayOfWeek().getDisplayName(TextStyle.FULL,
                Locale.FRANCE) + " de huit heures trente à dix-sept heures trente."), closed.text());
        assertTrue(closed.text().contains("un conseiller vous rappellera au zéro six, "), closed.text());
        assertTrue(closed.text().endsWith(CallScript.GOODBYE), closed.text());
        assertFalse(closed.text().matches(".*\\d.*"), "said in words: " + closed.text());
        Conversation waiting = tx.call(em -> em.find(Conversation.class,
                conversations.findBySender(Channel.TELEPHONE, callId).orElseThrow().getId()));
        assertEquals(ConversationState.WAITING_FOR_AGENT, waiting.getState());
        assertTrue(waiting.isAfterHours());
        assertEquals(mobile, waiting.getCallbackPhone());
        assertEquals(mobile, waiting.getCitizen().getPhone());
        List<String> written = conversations.transcript(waiting.getId()).stream().map(Message::getBody).toList();
        assertTrue(written.get(0).contains("vous êtes en communication"), "the greeting the caller heard: " + written);
        assertTrue(written.get(written.size() - 1).contains("un conseiller vous rappellera au 06 12"),
                "what the caller heard, for the agent: " + written);
        assertTrue(written.stream().noneMatch(body -> body.contains("Laissez ici votre message")),
                "not the chat's notice: " + written);
    }

    @Test
    void anEmergencyStillGetsItsNumbersWhenClosedAndAWithheldNumberItsRequestKept() {
        String callId = "it-" + UUID.randomUUID();
        calls.start(callId, "anonymous");

        CallTurn closed = calls.hear(callId, "je veux en finir", null);

        assertEquals(CallTurn.Next.HANG_UP, closed.next(), closed.text());
        assertTrue(closed.text().contains("trente-et-un, quatorze"), "the suicide prevention line: " + closed.text());
        assertTrue(closed.text().contains("Votre demande est enregistrée avec notre échange : un conseiller la reprendra"
                + " dès la réouverture"), closed.text());
        Conversation waiting = tx.call(em -> em.find(Conversation.class,
                conversations.findBySender(Channel.TELEPHONE, callId).orElseThrow().getId()));
        assertTrue(waiting.isUrgent());
        assertNull(waiting.getCallbackPhone());
    }
}
