package fr.suresnes.contactcenter.citizen.control;

import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Joins a conversation to the history of the citizen a phone number or an e-mail address already knows, so that
 * one person keeps one history across channels; a first-time number or address is kept on the conversation's citizen.
 */
@Dependent
public class CitizenLinking {

    @PersistenceContext
    EntityManager em;

    /** @param phone E.164 */
    public Citizen byPhone(Conversation conversation, String phone) {
        return link(conversation, findOne(Citizen.FIND_BY_PHONE, "phone", phone), null, phone);
    }

    public Citizen byEmail(Conversation conversation, String email) {
        return link(conversation, findOne(Citizen.FIND_BY_EMAIL, "email", email), email, null);
    }

    private Citizen link(Conversation conversation, Optional<Citizen> known, String email, String phone) {
        if (known.isPresent() && !known.get().getId().equals(conversation.getCitizen().getId())) {
            conversation.belongTo(known.get());
            return known.get();
        }
        conversation.getCitizen().identify(null, email, phone, null);
        return conversation.getCitizen();
    }

    private Optional<Citizen> findOne(String query, String parameter, String value) {
        return em.createNamedQuery(query, Citizen.class).setParameter(parameter, value).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
