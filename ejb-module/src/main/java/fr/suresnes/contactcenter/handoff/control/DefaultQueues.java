package fr.suresnes.contactcenter.handoff.control;

import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * Creates the topic queues the city starts with, and the keywords that route conversations to them, when the
 * database has no queue. They are data afterwards: an admin renames queues and edits their keywords without a new
 * release.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultQueues {

    static final List<ContactQueue> INITIAL = List.of(
            queue("ETAT_CIVIL_PAPIERS", "État civil et papiers", 10, "carte d'identité", "carte nationale d'identité",
                    "passeport", "titre de séjour", "acte de naissance", "acte de mariage", "acte de décès",
                    "naissance", "mariage", "pacs", "décès", "divorce", "livret de famille", "reconnaissance",
                    "changement de nom", "changement de prénom", "état civil", "recensement", "légalisation",
                    "attestation d'accueil", "papiers"),
            queue("ELECTIONS", "Élections", 20, "élection", "élections", "électeur", "électorale", "électorales",
                    "vote", "voter", "procuration", "bureau de vote", "carte électorale", "scrutin"),
            queue("URBANISME", "Urbanisme", 30, "urbanisme", "permis de construire", "déclaration préalable",
                    "permis de démolir", "plan local d'urbanisme", "plu", "travaux", "cadastre", "clôture",
                    "extension", "façade", "ravalement", "certificat d'urbanisme"),
            queue("ECOLES_ENFANCE", "Écoles et enfance", 40, "école", "écoles", "scolaire", "inscription scolaire",
                    "cantine", "restauration scolaire", "périscolaire", "centre de loisirs", "crèche", "crèches",
                    "petite enfance", "assistante maternelle", "accueil du soir", "vacances scolaires"),
            queue("SOCIAL_SOLIDARITE", "Social et solidarité", 50, "ccas", "aide sociale", "rsa", "allocation",
                    "logement social", "hébergement", "sans abri", "handicap", "personne âgée", "personnes âgées",
                    "retraite", "portage de repas", "aide à domicile", "violence", "violences", "détresse",
                    "expulsion", "surendettement", "apa"),
            queue("PROPRETE_VOIRIE", "Propreté et voirie", 60, "propreté", "voirie", "encombrants", "déchets",
                    "poubelle", "poubelles", "ordures", "tri", "nid de poule", "trottoir", "chaussée", "éclairage",
                    "lampadaire", "tag", "tags", "graffiti", "dépôt sauvage", "stationnement", "déneigement"),
            queue(ContactQueue.FALLBACK_CODE, "Autre", 99));

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createWhenMissing() {
        boolean none = em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).setMaxResults(1)
                .getResultList().isEmpty();
        if (none) {
            INITIAL.forEach(queue -> em.persist(queue(queue.getCode(), queue.getLabel(), queue.getPosition(),
                    queue.getKeywords().toArray(String[]::new))));
        }
    }

    private static ContactQueue queue(String code, String label, int position, String... keywords) {
        ContactQueue queue = new ContactQueue(code, label, position);
        queue.setKeywords(Set.copyOf(List.of(keywords)));
        return queue;
    }
}
