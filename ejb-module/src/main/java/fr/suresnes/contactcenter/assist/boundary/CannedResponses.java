package fr.suresnes.contactcenter.assist.boundary;

import fr.suresnes.contactcenter.assist.entity.CannedResponse;
import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The canned responses: every agent inserts them, supervisors write them. */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class CannedResponses {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<CannedResponse> all() {
        return em.createNamedQuery(CannedResponse.FIND_ALL, CannedResponse.class).getResultList();
    }

    public CannedResponse add(String title, String body, String supervisor) {
        CannedResponse response = new CannedResponse(required(title, CannedResponse.MAX_TITLE_LENGTH, "titre"),
                required(body, CannedResponse.MAX_BODY_LENGTH, "texte"), supervisor);
        em.persist(response);
        em.flush();
        audit.record(supervisor, "CANNED_RESPONSE_ADDED", "CannedResponse", response.getId(), response.getTitle());
        return response;
    }

    public void rewrite(long id, String title, String body, String supervisor) {
        find(id).rewrite(required(title, CannedResponse.MAX_TITLE_LENGTH, "titre"),
                required(body, CannedResponse.MAX_BODY_LENGTH, "texte"), supervisor);
        audit.record(supervisor, "CANNED_RESPONSE_CHANGED", "CannedResponse", id, title.strip());
    }

    public void remove(long id, String supervisor) {
        CannedResponse response = find(id);
        em.remove(response);
        audit.record(supervisor, "CANNED_RESPONSE_REMOVED", "CannedResponse", id, response.getTitle());
    }

    private CannedResponse find(long id) {
        CannedResponse response = em.find(CannedResponse.class, id);
        if (response == null) {
            throw new CannedResponseRefusedException("Cette réponse type n'existe plus.");
        }
        return response;
    }

    private static String required(String value, int maxLength, String what) {
        if (value == null || value.isBlank()) {
            throw new CannedResponseRefusedException("Le " + what + " de la réponse type est vide.");
        }
        if (value.strip().length() > maxLength) {
            throw new CannedResponseRefusedException("Le " + what + " de la réponse type dépasse " + maxLength + " caractères.");
        }
        return value.strip();
    }
}
