package fr.suresnes.contactcenter.handoff.boundary;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.handoff.control.QueueRouting;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin's side of routing: the topic queues, their order, and the phrases that send a conversation to each.
 * Changes apply to the next conversation routed, and are audited under the admin's name.
 */
@Stateless
@RolesAllowed("admin")
public class QueueAdministration {

    static final int MAX_PHRASE = 200;
    static final int MAX_LABEL = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    QueueRouting routing;

    @Inject
    AuditTrail audit;

    public List<ContactQueue> queues() {
        return em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).getResultList();
    }

    /**
     * @param keywords phrases separated by commas or new lines; case and blanks do not matter
     */
    public ContactQueue update(String code, String label, int position, String keywords) {
        ContactQueue queue = routing.withCode(code)
                .orElseThrow(() -> new HandoffRefusedException("La file « " + code + " » n'existe pas."));
        queue.setLabel(label(label));
        queue.setPosition(position);
        queue.setKeywords(phrases(keywords));
        audit.record(admin(), "QUEUE_UPDATED", "ContactQueue", code, "label « " + queue.getLabel() + " », position "
                + position + ", " + queue.getKeywords().size() + " phrase(s)");
        return queue;
    }

    public ContactQueue create(String code, String label, int position) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new HandoffRefusedException("Le code d'une file s'écrit en majuscules, chiffres et « _ » (2 à 40 caractères),"
                    + " par exemple SPORTS_LOISIRS.");
        }
        if (routing.withCode(normalized).isPresent()) {
            throw new HandoffRefusedException("La file « " + normalized + " » existe déjà.");
        }
        ContactQueue queue = new ContactQueue(normalized, label(label), position);
        em.persist(queue);
        audit.record(admin(), "QUEUE_CREATED", "ContactQueue", normalized, "label « " + queue.getLabel() + " »");
        return queue;
    }

    private static String label(String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw new HandoffRefusedException("Donnez à la file un nom de 1 à " + MAX_LABEL + " caractères.");
        }
        return label.strip();
    }

    private static Set<String> phrases(String keywords) {
        Set<String> phrases = Arrays.stream(keywords == null ? new String[0] : keywords.split("[,\\n]"))
                .map(phrase -> phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH))
                .filter(phrase -> !phrase.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        phrases.stream().filter(phrase -> phrase.length() > MAX_PHRASE).findFirst().ifPresent(tooLong -> {
            throw new HandoffRefusedException("« " + tooLong.substring(0, 40) + "… » dépasse " + MAX_PHRASE + " caractères.");
        });
        return phrases;
    }

    private String admin() {
        return session.getCallerPrincipal().getName();
    }
}
