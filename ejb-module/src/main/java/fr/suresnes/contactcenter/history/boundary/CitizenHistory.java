package fr.suresnes.contactcenter.history.boundary;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.control.CitizenLinking;
import fr.suresnes.contactcenter.citizen.control.PhoneNumbers;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.control.AccessTokens;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.entity.WrapUpCode;
import fr.suresnes.contactcenter.history.entity.ContactAttachment;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One history per citizen across channels: the bots' conversations and the contacts agents record (a call, a visit
 * at the desk, a letter, an e-mail, with their files), found by the citizen's phone number, e-mail address or name.
 * The acting agent is the caller the container authenticated; every change is audited under their name.
 */
@Stateless
@RolesAllowed({"agent", "supervisor", "admin"})
public class CitizenHistory {

    /** the channels that reach the city outside the bots */
    public static final Set<Channel> RECORDED_CHANNELS = Set.of(Channel.TELEPHONE, Channel.WALK_IN, Channel.POSTAL_MAIL,
            Channel.EMAIL);
    public static final int MAX_REQUEST = 20000;
    private static final int MAX_FOUND = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Agents agents;

    @Inject
    CitizenLinking linking;

    @Inject
    AuditTrail audit;

    public Optional<Citizen> citizen(long citizenId) {
        return Optional.ofNullable(em.find(Citizen.class, citizenId));
    }

    /** Every contact of the citizen, the latest first. */
    public List<Conversation> contacts(long citizenId) {
        return em.createNamedQuery(Conversation.FIND_BY_CITIZEN, Conversation.class)
                .setParameter("citizenId", citizenId).getResultStream()
                .sorted(Comparator.comparing(Conversation::getContactedAt).reversed()).toList();
    }

    /** Citizens by phone number (any way of writing it), e-mail address, or a part of their name. */
    public List<Citizen> search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < 2) {
            return List.of();
        }
        Optional<String> phone = PhoneNumbers.normalize(query);
        if (phone.isPresent()) {
            return em.createNamedQuery(Citizen.FIND_BY_PHONE, Citizen.class).setParameter("phone", phone.get())
                    .setMaxResults(MAX_FOUND).getResultList();
        }
        if (query.contains("@")) {
            return em.createNamedQuery(Citizen.FIND_BY_EMAIL, Citizen.class).setParameter("email", query)
                    .setMaxResults(MAX_FOUND).getResultList();
        }
        String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return em.createNamedQuery(Citizen.FIND_BY_NAME, Citizen.class).setParameter("pattern", pattern)
                .setMaxResults(MAX_FOUND).getResultList();
    }

    /**
     * The agent says who the citizen of this conversation is: a phone number or an e-mail address another contact
     * already had joins the conversation to that citizen's history.
     */
    public Citizen identify(long conversationId, CitizenDetails details) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new ContactRefusedException("La conversation n° " + conversationId + " n'existe pas.");
        }
        Citizen citizen = linkOrDescribe(conversation, details);
        audit.record(agentName(), "CITIZEN_IDENTIFIED", "Conversation", conversationId, "citizen " + citizen.getId());
        return citizen;
    }

    /** Records a contact that came outside the bots, closed as recorded, in the history of its citizen. */
    public Conversation record(RecordedContact contact) {
        if (contact.channel() == null || !RECORDED_CHANNELS.contains(contact.channel())) {
            throw new ContactRefusedException("Choisissez le canal du contact : téléphone, accueil, courrier ou courriel.");
        }
        if (contact.request() == null || contact.request().isBlank()) {
            throw new ContactRefusedException("Décrivez la demande de l'usager.");
        }
        if (contact.request().length() > MAX_REQUEST || (contact.answer() != null && contact.answer().length() > MAX_REQUEST)) {
            throw new ContactRefusedException("La demande et la réponse tiennent chacune en " + MAX_REQUEST + " caractères.");
        }
        if (contact.contactedAt() == null || contact.contactedAt().isAfter(Instant.now().plusSeconds(60))) {
            throw new ContactRefusedException("La date du contact doit être passée.");
        }
        WrapUpCode wrapUp = em.find(WrapUpCode.class, contact.wrapUpCode() == null ? "" : contact.wrapUpCode());
        if (wrapUp == null) {
            throw new ContactRefusedException("Choisissez comment le contact s'est terminé.");
        }
        Agent agent = agents.enroll(agentName());
        Conversation recorded = Conversation.recorded(citizenOf(contact), contact.channel(),
                AccessTokens.hash(AccessTokens.newToken()), agent, contact.contactedAt());
        recorded.append(MessageAuthor.CITIZEN, contact.request().strip());
        if (contact.answer() != null && !contact.answer().isBlank()) {
            recorded.append(MessageAuthor.AGENT, agent, contact.answer().strip(), null, List.of(), List.of());
        }
        recorded.close(wrapUp, null);
        em.persist(recorded);
        for (AttachmentText file : contact.attachments()) {
            em.persist(new ContactAttachment(recorded, file.fileName(), file.mediaType(), file.content(), file.text(),
                    file.problem()));
        }
        em.flush();
        audit.record(agent.getUsername(), "CONTACT_RECORDED", "Conversation", recorded.getId(), "channel "
                + contact.channel() + ", citizen " + recorded.getCitizen().getId() + ", "
                + contact.attachments().size() + " file(s)");
        return recorded;
    }

    public List<AttachmentSummary> attachments(long conversationId) {
        return em.createNamedQuery(ContactAttachment.SUMMARIES_BY_CONVERSATION, AttachmentSummary.class)
                .setParameter("conversationId", conversationId).getResultList();
    }

    public Optional<ContactAttachment> attachment(long attachmentId) {
        return Optional.ofNullable(em.find(ContactAttachment.class, attachmentId));
    }

    private Citizen citizenOf(RecordedContact contact) {
        if (contact.citizenId() != null) {
            return citizen(contact.citizenId()).orElseThrow(
                    () -> new ContactRefusedException("L'usager n° " + contact.citizenId() + " n'existe pas."));
        }
        CitizenDetails details = contact.citizen() == null ? new CitizenDetails(null, null, null, null) : contact.citizen();
        Optional<String> phone = phoneOf(details);
        Optional<Citizen> known = knownBy(phone, details);
        if (known.isPresent()) {
            known.get().complete(details.displayName(), details.email(), phone.orElse(null), details.postalAddress());
            return known.get();
        }
        Citizen citizen = Citizen.anonymous();
        citizen.identify(details.displayName(), details.email(), phone.orElse(null), details.postalAddress());
        em.persist(citizen);
        return citizen;
    }

    /** The one citizen this phone number or e-mail address already belongs to; refused when they name two. */
    private Optional<Citizen> knownBy(Optional<String> phone, CitizenDetails details) {
        Optional<Citizen> byPhone = phone.flatMap(number -> first(Citizen.FIND_BY_PHONE, "phone", number));
        Optional<Citizen> byEmail = blank(details.email()) ? Optional.empty()
                : first(Citizen.FIND_BY_EMAIL, "email", details.email().strip());
        if (byPhone.isPresent() && byEmail.isPresent() && !byPhone.get().getId().equals(byEmail.get().getId())) {
            throw new ContactRefusedException("Ce numéro et cette adresse électronique appartiennent à deux usagers"
                    + " différents : vérifiez-les avec l'usager.");
        }
        return byPhone.or(() -> byEmail);
    }

    private Optional<Citizen> first(String query, String parameter, String value) {
        return em.createNamedQuery(query, Citizen.class).setParameter(parameter, value).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Citizen linkOrDescribe(Conversation conversation, CitizenDetails details) {
        if (details.isEmpty()) {
            throw new ContactRefusedException("Indiquez au moins un nom, un numéro ou une adresse électronique.");
        }
        Optional<String> phone = phoneOf(details);
        knownBy(phone, details);
        phone.ifPresent(number -> linking.byPhone(conversation, number));
        if (!blank(details.email())) {
            linking.byEmail(conversation, details.email().strip());
        }
        conversation.getCitizen().identify(details.displayName(), null, null, details.postalAddress());
        return conversation.getCitizen();
    }

    private static Optional<String> phoneOf(CitizenDetails details) {
        requireLength(details.displayName(), 200, "Le nom");
        requireLength(details.email(), 320, "L'adresse électronique");
        requireLength(details.postalAddress(), 500, "L'adresse postale");
        if (!blank(details.email()) && !EMAIL.matcher(details.email().strip()).matches()) {
            throw new ContactRefusedException("« " + details.email().strip() + " » n'est pas une adresse électronique valide.");
        }
        if (blank(details.phone())) {
            return Optional.empty();
        }
        return Optional.of(PhoneNumbers.normalize(details.phone()).orElseThrow(() -> new ContactRefusedException(
                "« " + details.phone().strip() + " » n'est pas un numéro de téléphone valide.")));
    }

    private static void requireLength(String value, int max, String what) {
        if (value != null && value.strip().length() > max) {
            throw new ContactRefusedException(what + " tient en " + max + " caractères au plus.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String agentName() {
        return session.getCallerPrincipal().getName();
    }
}
