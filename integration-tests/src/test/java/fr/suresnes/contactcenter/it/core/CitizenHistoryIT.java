package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.history.boundary.AttachmentSummary;
import fr.suresnes.contactcenter.history.boundary.AttachmentText;
import fr.suresnes.contactcenter.history.boundary.CitizenDetails;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.history.boundary.ContactRefusedException;
import fr.suresnes.contactcenter.history.boundary.RecordedContact;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/** One history per citizen: contacts recorded by agents and the bots' conversations, joined by phone or e-mail. */
@ExtendWith(ArquillianExtension.class)
class CitizenHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("citizen-history", CitizenHistoryIT.class);
    }

    @Inject
    CitizenHistory history;

    @Inject
    Conversations conversations;

    @Test
    void aLetterRecordedWithItsScanAndALaterChatIdentifiedByPhoneShareOneHistory() throws Exception {
        String mobile = randomMobile();
        Instant received = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        byte[] scan = "Madame, Monsieur, je sollicite une place en crèche.".getBytes(StandardCharsets.UTF_8);
        Conversation letter = Identities.as("agent1", () -> history.record(new RecordedContact(null,
                new CitizenDetails("Camille Martin", mobile, "camille.martin@example.org", "12 rue de la Gare"),
                Channel.POSTAL_MAIL, received, "Demande de place en crèche pour septembre.", "Dossier transmis.",
                "ORIENTE_SERVICE", List.of(new AttachmentText("courrier.txt", "text/plain", scan,
                "Madame, Monsieur, je sollicite une place en crèche.", null),
                new AttachmentText("scan.pdf", "application/pdf", new byte[]{1, 2, 3}, null, "fichier endommagé")))));

        assertEquals(ConversationState.CLOSED, letter.getState());
        assertEquals(received, letter.getContactedAt());
        assertEquals("agent1", letter.getRecordedBy().getUsername());
        Citizen camille = letter.getCitizen();
        assertEquals("+33" + mobile.substring(1).replace(" ", ""), camille.getPhone());
        List<AttachmentSummary> files = Identities.as("agent1", () -> history.attachments(letter.getId()));
        assertEquals(List.of("courrier.txt", "scan.pdf"), files.stream().map(AttachmentSummary::fileName).toList());
        assertArrayEquals(scan, Identities.as("agent1", () -> history.attachment(files.get(0).id())).orElseThrow().getContent());
        assertEquals("Madame, Monsieur, je sollicite une place en crèche.", files.get(0).extractedText());
        assertEquals("fichier endommagé", files.get(1).problem());

        for (String writtenAs : List.of(mobile, mobile.replace(" ", ""), "+33 " + mobile.substring(1), "camille.MARTIN@example.org", "cAmIlLe mart")) {
            assertTrue(Identities.as("agent2", () -> history.search(writtenAs)).stream()
                    .anyMatch(found -> found.getId().equals(camille.getId())), writtenAs);
        }

        OpenedConversation chat = conversations.open(Channel.WEB_CHAT);
        conversations.receiveFromCitizen(chat.accessToken(), "Où en est ma demande de crèche ?");
        Citizen identified = Identities.as("agent2", () -> history.identify(chat.conversation().getId(),
                new CitizenDetails(null, mobile.replace(" ", "."), null, null)));
        assertEquals(camille.getId(), identified.getId(), "a known number joins the chat to the letter's history");

        Conversation phoneCall = Identities.as("agent2", () -> history.record(new RecordedContact(camille.getId(), null,
                Channel.TELEPHONE, Instant.now(), "Rappel au sujet de la crèche.", "", "INFORMATION_DONNEE", List.of())));
        List<Conversation> contacts = Identities.as("agent1", () -> history.contacts(camille.getId()));
        assertEquals(List.of(phoneCall.getId(), chat.conversation().getId(), letter.getId()),
                contacts.stream().map(Conversation::getId).toList(), "the latest first, across channels");
        assertEquals(List.of(MessageAuthor.CITIZEN), contacts.get(0).getMessages().stream().map(Message::getAuthor).toList(),
                "no answer given, none recorded");

        String otherEmail = "dominique." + System.nanoTime() + "@example.org";
        Identities.as("agent1", () -> history.record(new RecordedContact(null, new CitizenDetails("Dominique Petit", null,
                otherEmail, null), Channel.EMAIL, Instant.now(), "Question sur la cantine.", null, "INFORMATION_DONNEE",
                List.of())));
        Conversation another = Identities.as("agent1", () -> history.record(new RecordedContact(null,
                new CitizenDetails("Camille M.", mobile, null, null), Channel.WALK_IN, Instant.now(), "Passage à l'accueil.",
                null, "INFORMATION_DONNEE", List.of())));
        assertEquals(camille.getId(), another.getCitizen().getId(), "found by the number");
        assertEquals("Camille Martin", another.getCitizen().getDisplayName(), "a known name is not overwritten");
        ContactRefusedException conflict = assertThrows(ContactRefusedException.class, () -> Identities.as("agent2",
                () -> history.identify(chat.conversation().getId(), new CitizenDetails(null, mobile, otherEmail, null))));
        assertTrue(conflict.getMessage().contains("deux usagers différents"), conflict.getMessage());
        assertEquals("Indiquez au moins un nom, un numéro ou une adresse électronique.",
                assertThrows(ContactRefusedException.class, () -> Identities.as("agent2",
                        () -> history.identify(chat.conversation().getId(), new CitizenDetails(" ", "", null, null))))
                        .getMessage());
    }

    @Test
    void whatCannotBeRecordedIsRefusedInFrenchAndCitizensCannotCallIt() throws Exception {
        Instant now = Instant.now();
        assertEquals("Choisissez le canal du contact : téléphone, accueil, courrier ou courriel.", refusal(
                new RecordedContact(null, null, Channel.WEB_CHAT, now, "Bonjour", null, "INFORMATION_DONNEE", List.of())));
        assertEquals("Décrivez la demande de l'usager.", refusal(
                new RecordedContact(null, null, Channel.WALK_IN, now, "  ", null, "INFORMATION_DONNEE", List.of())));
        assertEquals("« 12 34 » n'est pas un numéro de téléphone valide.", refusal(new RecordedContact(null,
                new CitizenDetails(null, "12 34", null, null), Channel.WALK_IN, now, "Bonjour", null,
                "INFORMATION_DONNEE", List.of())));
        assertEquals("« camille » n'est pas une adresse électronique valide.", refusal(new RecordedContact(null,
                new CitizenDetails(null, null, "camille", null), Channel.EMAIL, now, "Bonjour", null,
                "INFORMATION_DONNEE", List.of())));
        assertEquals("Choisissez comment le contact s'est terminé.", refusal(
                new RecordedContact(null, null, Channel.WALK_IN, now, "Bonjour", null, "NO_SUCH_CODE", List.of())));
        assertEquals("La date du contact doit être passée.", refusal(new RecordedContact(null, null, Channel.WALK_IN,
                now.plus(1, ChronoUnit.DAYS), "Bonjour", null, "INFORMATION_DONNEE", List.of())));

        assertThrows(EJBAccessException.class, () -> history.search("Martin"), "no history without a login");
    }

    private String refusal(RecordedContact contact) {
        return assertThrows(ContactRefusedException.class, () -> Identities.as("agent1", () -> history.record(contact)))
                .getMessage();
    }

    /** in the 06 12 block: not every 06 number is a valid metropolitan one (06 39, 06 9x are overseas) */
    private static String randomMobile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("06 12 %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100));
    }
}
