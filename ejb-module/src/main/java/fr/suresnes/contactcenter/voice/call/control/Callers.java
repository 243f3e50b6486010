package fr.suresnes.contactcenter.voice.call.control;

import fr.suresnes.contactcenter.citizen.entity.Citizen;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.regex.Pattern;

/**
 * The citizen behind a caller's number, so that a call joins the history of the citizen who called before; a new
 * citizen for a new number, an anonymous one when the number is withheld.
 */
@Dependent
public class Callers {

    /** E.164 and national forms: a leading + and digits, as gateways send them; « anonymous » and the like are not */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d{3,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");

    @PersistenceContext
    EntityManager em;

    public Citizen byNumber(String callerNumber) {
        String number = callerNumber == null ? "" : SEPARATORS.matcher(callerNumber.strip()).replaceAll("");
        Citizen citizen = PHONE_NUMBER.matcher(number).matches()
                ? em.createNamedQuery(Citizen.FIND_BY_PHONE, Citizen.class).setParameter("phone", number)
                        .getResultStream().findFirst().orElseGet(() -> new Citizen(null, null, number))
                : Citizen.anonymous();
        if (citizen.getId() == null) {
            em.persist(citizen);
        }
        return citizen;
    }
}
