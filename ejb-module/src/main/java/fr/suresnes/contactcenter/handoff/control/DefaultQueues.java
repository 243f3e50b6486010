package fr.suresnes.contactcenter.handoff.control;

import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Creates the topic queues the city starts with when the database has none. They are data afterwards: an admin
 * renames, adds or removes queues without a new release.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultQueues {

    static final List<ContactQueue> INITIAL = List.of(
            new ContactQueue("ETAT_CIVIL_PAPIERS", "État civil et papiers", 10),
            new ContactQueue("ELECTIONS", "Élections", 20),
            new ContactQueue("URBANISME", "Urbanisme", 30),
            new ContactQueue("ECOLES_ENFANCE", "Écoles et enfance", 40),
            new ContactQueue("SOCIAL_SOLIDARITE", "Social et solidarité", 50),
            new ContactQueue("PROPRETE_VOIRIE", "Propreté et voirie", 60),
            new ContactQueue(ContactQueue.FALLBACK_CODE, "Autre", 99));

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createWhenMissing() {
        boolean none = em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).setMaxResults(1)
                .getResultList().isEmpty();
        if (none) {
            INITIAL.forEach(queue -> em.persist(new ContactQueue(queue.getCode(), queue.getLabel(), queue.getPosition())));
        }
    }
}
