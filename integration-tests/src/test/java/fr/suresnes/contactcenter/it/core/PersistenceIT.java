package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.audit.entity.AuditRecord;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.conversation.entity.AnswerRating;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.conversation.entity.OfferedChoice;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** The JPA mappings against the schema Flyway created, on whichever database the server runs. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("persistence", PersistenceIT.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    Conversations conversations;

    @Test
    void theJpaProviderIsEclipseLink() {
        String factory = tx.call(em -> em.getEntityManagerFactory().getClass().getName());
        String session = tx.call(em -> em.getDelegate().getClass().getName());

        assertTrue(factory.startsWith("org.eclipse.persistence."), factory);
        assertTrue(session.startsWith("org.eclipse.persistence."), session);
    }

    @Test
    void flywayCreatedTheSchemaAndRecordedIt() {
        Number applied = tx.call(em -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE")
                .getSingleResult());

        assertEquals(1, applied.intValue());
    }

    @Test
    void theTopicQueuesExistOnAFreshDatabase() {
        List<String> codes = tx.call(em -> em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class)
                .getResultStream().map(ContactQueue::getCode).toList());

        assertTrue(codes.containsAll(List.of("ETAT_CIVIL_PAPIERS", "ELECTIONS", "URBANISME", "ECOLES_ENFANCE",
                "SOCIAL_SOLIDARITE", "PROPRETE_VOIRIE", "AUTRE")), codes.toString());
        assertEquals("AUTRE", codes.get(codes.size() - 1), "the fallback queue comes last");
    }

    @Test
    void aConversationKeepsItsMessagesSourcesAndTimesThroughTheDatabase() {
        Instant before = Instant.now();
        OpenedConversation opened = conversations.open(Channel.WEB_CHAT);
        long id = opened.conversation().getId();
        conversations.receiveFromCitizen(opened.accessToken(), "Comment refaire ma carte d'identité ?");
        tx.call(em -> {
            Conversation conversation = em.find(Conversation.class, id);
            conversation.append(MessageAuthor.BOT, null, "Il faut prendre rendez-vous en mairie.", 0.82,
                    List.of(new CitedSource(7L, 3L, 2L, "F1341", "Carte d'identité d'un majeur", "Cas : en France",
                            "https://www.service-public.fr/particuliers/vosdroits/F1342")),
                    List.of(new OfferedChoice("Pour un mineur", "Pour un mineur"),
                            new OfferedChoice("Parler à un conseiller", "conseiller")))
                    .rate(AnswerRating.NOT_USEFUL);
            return null;
        });

        Conversation read = tx.call(em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            Conversation found = em.find(Conversation.class, id);
            found.getMessages().forEach(m -> {
                m.getSources().size();
                m.getChoices().size();
            });
            found.getCitizen().getChannelsUsed();
            return found;
        });

        assertEquals(ConversationState.BOT, read.getState());
        assertEquals(Set.of(Channel.WEB_CHAT), read.getCitizen().getChannelsUsed());
        assertTrue(read.getCitizen().isAnonymous());
        List<Message> messages = read.getMessages();
        assertEquals(List.of(MessageAuthor.BOT, MessageAuthor.CITIZEN, MessageAuthor.BOT),
                messages.stream().map(Message::getAuthor).toList());
        assertEquals(Conversations.GREETING, messages.get(0).getBody());
        assertEquals("Comment refaire ma carte d'identité ?", messages.get(1).getBody());
        Message bot = messages.get(2);
        assertEquals(0.82, bot.getConfidence(), 1e-9);
        assertEquals(1, bot.getSources().size());
        CitedSource source = bot.getSources().get(0);
        assertEquals("Cas : en France", source.getSection());
        assertEquals(3L, source.getDocumentVersionId());
        assertEquals(2L, source.getDocumentId());
        assertEquals("F1341", source.getSourceId());
        assertEquals(List.of("Pour un mineur", "conseiller"),
                bot.getChoices().stream().map(OfferedChoice::getPayload).toList());
        assertEquals(AnswerRating.NOT_USEFUL, bot.getRating());
        assertNotNull(bot.getRatedAt());
        assertFalse(read.getOpenedAt().isBefore(before.minusSeconds(1)), "an Instant is stored as itself, not shifted");
        assertTrue(Duration.between(read.getOpenedAt(), Instant.now()).abs().toMinutes() < 5);
    }

    @Test
    void theAccessTokenIsStoredOnlyAsItsHash() {
        OpenedConversation opened = conversations.open(Channel.REST_API);

        String stored = tx.call(em -> em.find(Conversation.class, opened.conversation().getId()).getAccessTokenHash());

        assertNotEquals(opened.accessToken(), stored);
        assertEquals(64, stored.length());
        assertEquals(opened.conversation().getId(), conversations.findByAccessToken(opened.accessToken()).orElseThrow().getId());
        assertTrue(conversations.findByAccessToken(opened.accessToken() + "x").isEmpty());
    }

    @Test
    void urgentConversationsWaitAheadOfOlderOnes() {
        OpenedConversation calm = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(calm.accessToken(), "URBANISME", false);
        OpenedConversation urgent = conversations.open(Channel.WEB_CHAT);
        conversations.requestAgent(urgent.accessToken(), "SOCIAL_SOLIDARITE", true);

        List<Long> waiting = tx.call(em -> em.createNamedQuery(Conversation.FIND_WAITING, Conversation.class)
                .getResultStream().map(Conversation::getId).toList());

        assertTrue(waiting.indexOf(urgent.conversation().getId()) < waiting.indexOf(calm.conversation().getId()),
                "urgent " + urgent.conversation().getId() + " before " + calm.conversation().getId() + " in " + waiting);
    }

    @Test
    void anUnknownQueueFallsBackToAutre() {
        OpenedConversation opened = conversations.open(Channel.WEB_CHAT);

        Conversation waiting = conversations.requestAgent(opened.accessToken(), "NO_SUCH_QUEUE", false);

        assertEquals("AUTRE", waiting.getQueue().getCode());
        assertEquals(ConversationState.WAITING_FOR_AGENT, waiting.getState());
        assertNotNull(waiting.getWaitingSince());
    }

    @Test
    void aCitizenIsFoundByEmailWhateverTheCase() {
        String email = "Habitant." + UUID.randomUUID() + "@Example.fr";
        tx.call(em -> {
            Citizen citizen = new Citizen("Camille Martin", email, "+33100000000");
            citizen.used(Channel.EMAIL);
            em.persist(citizen);
            return null;
        });

        List<Citizen> found = tx.call(em -> em.createNamedQuery(Citizen.FIND_BY_EMAIL, Citizen.class)
                .setParameter("email", email.toLowerCase()).getResultList());

        assertEquals(1, found.size());
        assertEquals(Set.of(Channel.EMAIL), found.get(0).getChannelsUsed());
    }

    @Test
    void openingAConversationIsAudited() {
        OpenedConversation opened = conversations.open(Channel.BROWSER_VOICE);

        List<AuditRecord> records = tx.call(em -> em.createNamedQuery(AuditRecord.FIND_BY_SUBJECT, AuditRecord.class)
                .setParameter("subjectType", "Conversation")
                .setParameter("subjectId", String.valueOf(opened.conversation().getId()))
                .getResultList());

        assertEquals(1, records.size());
        assertEquals("CONVERSATION_OPENED", records.get(0).getAction());
        assertEquals("channel BROWSER_VOICE", records.get(0).getDetail());
    }
}
