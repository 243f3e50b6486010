package fr.suresnes.contactcenter.it.core;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.function.Function;

/** Runs test code against the real persistence unit, one transaction per call. */
@Stateless
@PermitAll
public class InTransaction {

    @PersistenceContext
    EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
